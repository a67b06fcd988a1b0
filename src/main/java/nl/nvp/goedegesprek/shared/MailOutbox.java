package nl.nvp.goedegesprek.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way mail leaves the application (decision 20): a mail is queued as a row of
 * {@code mail_outbox} in the transaction of the change that causes it (on that
 * transaction's connection, so a burst of registrations needs no extra connections), and
 * this instance's sender is woken once it commits; a rolled-back change queues nothing. A
 * row names what the mail is about by ids; a personal link's raw token is sealed
 * ({@link MailTokenCipher}) and cleared once the mail is sent or given up. What a mail
 * says, and whether it still applies, is up to the module's {@link OutboxMails}.
 */
@Component
public class MailOutbox {

	private final JdbcClient jdbc;

	private final MailTokenCipher cipher;

	private final OutboxWakeUp wakeUp;

	private final OutboxSettings settings;

	private final ObjectProvider<OutboxMails> modules;

	MailOutbox(JdbcClient jdbc, MailTokenCipher cipher, OutboxWakeUp wakeUp, OutboxSettings settings,
			ObjectProvider<OutboxMails> modules) {
		this.jdbc = jdbc;
		this.modules = modules;
		this.cipher = cipher;
		this.wakeUp = wakeUp;
		this.settings = settings;
	}

	/**
	 * Queues a mail, in the caller's transaction. {@code kind} starts with the module's
	 * prefix ("registration.CONFIRMED"); {@code subjectId} is the record the mail is
	 * about, {@code detail} a number that goes with it (0 if none), {@code accountId} the
	 * recipient's account if they have one, {@code token} the raw token of the link the
	 * mail holds (or null).
	 */
	public void queue(String kind, long subjectId, int detail, Long accountId, String token) {
		if (token == null) {
			this.jdbc.sql("insert into mail_outbox (kind, subject_id, detail, account_id) values (?, ?, ?, ?)")
				.params(kind, subjectId, detail, accountId)
				.update();
		}
		else {
			long id = this.jdbc.sql("select nextval('mail_outbox_id_seq')").query(Long.class).single();
			this.jdbc
				.sql("insert into mail_outbox (id, kind, subject_id, detail, account_id, sealed_token) "
						+ "values (?, ?, ?, ?, ?, ?)")
				.params(id, kind, subjectId, detail, accountId, this.cipher.seal(id, token))
				.update();
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					MailOutbox.this.wakeUp.signal();
				}
			});
		}
		else {
			this.wakeUp.signal();
		}
	}

	/** A mail that keeps failing, for the coordinators' page: never its text. */
	public record FailingMail(long id, String kind, String address, int attempts, Instant lastAttemptAt,
			String lastError, boolean abandoned) {

		@Override
		public String toString() {
			return "FailingMail[" + this.id + ", " + this.kind + "]";
		}

	}

	/** How many mails keep failing (as {@link #failing()} lists them): one statement. */
	public long countFailing() {
		return this.jdbc.sql("""
				select count(*) from mail_outbox where (outcome is null and attempts >= ?) or outcome = 'abandoned'""")
			.param(this.settings.failingAfter())
			.query(Long.class)
			.single();
	}

	/**
	 * The mails that failed at least {@code failing-after} times (still retried) or were
	 * given up, newest try first, at most 200; addresses read from their records, one
	 * query per module.
	 */
	public List<FailingMail> failing() {
		List<OutboxMails> modules = this.modules.orderedStream().toList();
		record Row(OutboxMails.QueuedMail mail, int attempts, Instant lastAttemptAt, String lastError,
				boolean abandoned) {
		}
		List<Row> rows = this.jdbc.sql("""
				select id, kind, subject_id, detail, account_id, attempts, last_attempt_at, last_error, outcome
				from mail_outbox
				where (outcome is null and attempts >= ?) or outcome = 'abandoned'
				order by last_attempt_at desc nulls last, id desc
				limit 200""").param(this.settings.failingAfter()).query((rs, n) -> {
			Timestamp last = rs.getTimestamp("last_attempt_at");
			return new Row(
					new OutboxMails.QueuedMail(rs.getLong("id"), rs.getString("kind"), rs.getLong("subject_id"),
							rs.getInt("detail"), (Long) rs.getObject("account_id"), null),
					rs.getInt("attempts"), (last != null) ? last.toInstant() : null, rs.getString("last_error"),
					"abandoned".equals(rs.getString("outcome")));
		}).list();
		Map<OutboxMails, List<OutboxMails.QueuedMail>> byModule = new LinkedHashMap<>();
		for (Row row : rows) {
			modules.stream()
				.filter((module) -> module.handles(row.mail().kind()))
				.findFirst()
				.ifPresent((module) -> byModule.computeIfAbsent(module, (m) -> new ArrayList<>()).add(row.mail()));
		}
		Map<Long, String> addresses = new HashMap<>();
		byModule.forEach((module, mails) -> addresses.putAll(module.addresses(mails)));
		List<FailingMail> failing = new ArrayList<>();
		for (Row row : rows) {
			failing.add(new FailingMail(row.mail().id(), row.mail().kind(), addresses.get(row.mail().id()),
					row.attempts(), row.lastAttemptAt(), row.lastError(), row.abandoned()));
		}
		return failing;
	}

	/** How many mails wait to be sent, and how many of those keep failing. */
	Counts counts() {
		return this.jdbc.sql("""
				select count(*) as queued, count(*) filter (where attempts >= ?) as failing
				from mail_outbox where outcome is null""")
			.param(this.settings.failingAfter())
			.query((rs, n) -> new Counts(rs.getLong("queued"), rs.getLong("failing")))
			.single();
	}

	record Counts(long queued, long failing) {
	}

}
