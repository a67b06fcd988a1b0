package nl.nvp.goedegesprek.privacy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.Accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of who viewed, printed or exported participants' personal data, for national
 * coordinators (the web layer lets only them in): newest first.
 */
@Service
@Transactional(readOnly = true)
class AccessLog {

	static final int SHOWN = 200;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	AccessLog(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	record Entry(String who, String action, String subjectType, long subjectId, Instant at, Integer records) {

		/** A data request's reference as people see it (the first eight hex digits). */
		public String reference() {
			return String.format("%016X", this.subjectId).substring(0, 8);
		}

	}

	List<Entry> latest() {
		record Row(long accountId, String action, String subjectType, long subjectId, Instant at, Integer records) {
		}
		List<Row> rows = this.jdbc.sql("""
				select account_id, action, subject_type, subject_id, accessed_at, record_count from personal_data_access
				order by accessed_at desc, id desc limit :limit
				""")
			.param("limit", SHOWN)
			.query((rs, n) -> new Row(rs.getLong("account_id"), rs.getString("action"), rs.getString("subject_type"),
					rs.getLong("subject_id"), rs.getTimestamp("accessed_at").toInstant(),
					(Integer) rs.getObject("record_count")))
			.list();
		Set<Long> people = new HashSet<>();
		rows.forEach((row) -> people.add(row.accountId()));
		Map<Long, String> names = this.accounts.displayNames(people);
		return rows.stream()
			.map((row) -> new Entry(names.getOrDefault(row.accountId(), "#" + row.accountId()), row.action(),
					row.subjectType(), row.subjectId(), row.at(), row.records()))
			.toList();
	}

}
