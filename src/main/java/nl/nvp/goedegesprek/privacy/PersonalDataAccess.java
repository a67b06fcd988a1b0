package nl.nvp.goedegesprek.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import nl.nvp.goedegesprek.shared.TransactionLocks;

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

	/**
	 * How long the same step, shown or sent again to the same person, stays one entry
	 * ({@link #recordOnce}).
	 */
	static final Duration SAME_STEP = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionLocks locks;

	PersonalDataAccess(JdbcClient jdbc, Clock clock, TransactionLocks locks) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.locks = locks;
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
	 * The same, unless this person's latest entry for this subject is the same step with
	 * the same count, less than a minute ago: the same records shown or sent again to the
	 * same person at once (a form sent twice, or from two tabs) tell the log nothing new,
	 * so they are one entry (decision 28). Requests for one person and subject are
	 * recorded one at a time, so two at once still make one entry.
	 */
	@Transactional
	public void recordOnce(long accountId, Action action, String subjectType, long subjectId, int records) {
		this.locks.lock("personal-data-access", accountId + ":" + subjectType + ":" + subjectId);
		boolean same = this.jdbc.sql("""
				select coalesce(action = :action and record_count = :records and accessed_at > :since, false)
				from personal_data_access
				where subject_type = :type and subject_id = :subject and account_id = :account
				order by accessed_at desc, id desc limit 1""")
			.param("action", action.name())
			.param("records", records)
			.param("since", Timestamp.from(this.clock.instant().minus(SAME_STEP)))
			.param("type", subjectType)
			.param("subject", subjectId)
			.param("account", accountId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (!same) {
			record(accountId, action, subjectType, subjectId, records);
		}
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
