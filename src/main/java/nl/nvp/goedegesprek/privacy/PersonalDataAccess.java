package nl.nvp.goedegesprek.privacy;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who viewed, printed or exported participants' personal data, and when: never
 * the data itself. Call it after the data was shown, outside the transaction that read
 * it.
 */
@Service
public class PersonalDataAccess {

	public enum Action {

		VIEW, EXPORT, PRINT, ERASE

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	PersonalDataAccess(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void record(long accountId, Action action, String subjectType, long subjectId) {
		record(accountId, action, subjectType, subjectId, null);
	}

	/** The same, with how many records the step showed, exported or erased. */
	@Transactional
	public void record(long accountId, Action action, String subjectType, long subjectId, Integer records) {
		this.jdbc
			.sql("insert into personal_data_access (account_id, action, subject_type, subject_id, accessed_at, "
					+ "record_count) values (?, ?, ?, ?, ?, ?)")
			.params(accountId, action.name(), subjectType, subjectId, Timestamp.from(this.clock.instant()), records)
			.update();
	}

	/**
	 * How often this subject's personal data was accessed this way (for tests and
	 * reports).
	 */
	@Transactional(readOnly = true)
	public long count(String subjectType, long subjectId, Action action) {
		return this.jdbc
			.sql("select count(*) from personal_data_access where subject_type = ? and subject_id = ? and action = ?")
			.params(subjectType, subjectId, action.name())
			.query(Long.class)
			.single();
	}

}
