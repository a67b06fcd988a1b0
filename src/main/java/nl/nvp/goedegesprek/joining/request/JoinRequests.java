package nl.nvp.goedegesprek.joining.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to start or questions from a region: saved from the public form with a
 * confirmation mail, and the national coordinators' inbox (list, detail, answers by mail,
 * status). Only national coordinators read or handle them: a request comes before any
 * regional coordinator is assigned, and its contact details reach a trajectory only when
 * the NVP makes one of it. Every read is one statement (the detail two, and one for the
 * names of who answered).
 */
@Service
public class JoinRequests {

	static final String CONFIRMATION = "joining.CONFIRMATION";

	static final String ANSWER = "joining.ANSWER";

	/** A request with the same content within this time is the same request. */
	private static final Duration SAME_REQUEST = Duration.ofDays(1);

	/** Within this time the same answer text again is a double click or a second tab. */
	private static final Duration SAME_ANSWER = Duration.ofMinutes(5);

	/** The most requests the inbox lists at once (newest first). */
	static final int LIST_LIMIT = 300;

	private final JdbcClient jdbc;

	private final MailOutbox outbox;

	private final TransactionLocks locks;

	private final Accounts accounts;

	private final Clock clock;

	private final EntityManager entityManager;

	JoinRequests(JdbcClient jdbc, MailOutbox outbox, TransactionLocks locks, Accounts accounts, Clock clock,
			EntityManager entityManager) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.locks = locks;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * What someone sent with the public form.
	 *
	 * @param regionCode the region's CBS code (checked to exist by the caller)
	 * @param organisation their organisation, or null
	 * @param role their role
	 * @param name their name
	 * @param email their address
	 * @param message their message, or null
	 * @param interest what they are interested in
	 * @param language the language of the page, for the mails
	 */
	public record Submission(String regionCode, String organisation, RequesterRole role, String name, String email,
			String message, Interest interest, String language) {

		@Override
		public String toString() {
			return "Submission[" + this.regionCode + ", " + this.interest + "]";
		}

	}

	/**
	 * Saves a request and queues its confirmation mail, in one transaction. The same
	 * request again (same address, region, interest and message within a day: a second
	 * tab, a page sent again) is the first one: no second request, no second mail.
	 * @return the request's id
	 */
	@Transactional
	public long submit(Submission submission) {
		return submit(submission, true);
	}

	/**
	 * Saves a request as {@link #submit(Submission)} does; with {@code mail} false (past
	 * the daily limit of confirmation mails for this address) no confirmation is queued.
	 * @return the request's id
	 */
	@Transactional
	public long submit(Submission submission, boolean mail) {
		this.locks.lock("join-request", submission.regionCode());
		Instant now = this.clock.instant();
		Optional<Long> same = this.jdbc.sql("""
				select id from join_request
				where region_code = :region and lower(email) = lower(:email) and interest = :interest
				  and coalesce(message, '') = coalesce(:message, '') and created_at > :since
				order by id limit 1""")
			.param("region", submission.regionCode())
			.param("email", submission.email())
			.param("interest", submission.interest().name())
			.param("message", submission.message())
			.param("since", Timestamp.from(now.minus(SAME_REQUEST)))
			.query(Long.class)
			.optional();
		if (same.isPresent()) {
			return same.get();
		}
		long id = this.jdbc.sql("""
				insert into join_request (region_code, organisation, role, name, email, message, interest, language,
				  created_at, status_changed_at)
				values (:region, :organisation, :role, :name, :email, :message, :interest, :language, :now, :now)
				returning id""")
			.param("region", submission.regionCode())
			.param("organisation", submission.organisation())
			.param("role", submission.role().name())
			.param("name", submission.name())
			.param("email", submission.email())
			.param("message", submission.message())
			.param("interest", submission.interest().name())
			.param("language", submission.language())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		if (mail) {
			this.outbox.queue(CONFIRMATION, id, 0, null, null);
		}
		return id;
	}

	/**
	 * How many requests are in each status: one statement (through the entity manager, so
	 * that the statement-count tests see the inbox's statements).
	 */
	@Transactional(readOnly = true)
	public Map<RequestStatus, Long> counts(AccountPrincipal user) {
		requireNational(user);
		Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
		for (RequestStatus status : RequestStatus.values()) {
			counts.put(status, 0L);
		}
		List<?> rows = this.entityManager
			.createNativeQuery("select status, count(*) from join_request group by status", Object[].class)
			.getResultList();
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			counts.put(RequestStatus.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
		}
		return counts;
	}

	/**
	 * A request in the inbox list.
	 *
	 * @param id its id
	 * @param regionCode its region's code
	 * @param organisation the organisation, or null
	 * @param role the role of who asked
	 * @param name the name of who asked (null once removed)
	 * @param interest what they are interested in
	 * @param status where it stands
	 * @param createdAt when it was sent
	 * @param answers how many answers were mailed
	 * @param lastAnswerAt when the last was, or null
	 */
	public record Row(long id, String regionCode, String organisation, RequesterRole role, String name,
			Interest interest, RequestStatus status, Instant createdAt, int answers, Instant lastAnswerAt) {

		@Override
		public String toString() {
			return "Row[" + this.id + "]";
		}

	}

	/**
	 * The requests in a status (all when null), newest first, at most
	 * {@link #LIST_LIMIT}: one statement however many there are.
	 */
	@Transactional(readOnly = true)
	public List<Row> list(RequestStatus status, AccountPrincipal user) {
		requireNational(user);
		List<?> rows = this.entityManager.createNativeQuery("""
				select r.id, r.region_code, r.organisation, r.role, r.name, r.interest, r.status, r.created_at,
				  count(a.id), max(a.answered_at)
				from join_request r left join join_request_answer a on a.request_id = r.id
				where (:all or r.status = :status)
				group by r.id
				order by r.created_at desc, r.id desc
				limit :limit""", Object[].class)
			.setParameter("all", status == null)
			.setParameter("status", (status != null) ? status.name() : "")
			.setParameter("limit", LIST_LIMIT)
			.getResultList();
		return rows.stream().map((row) -> {
			Object[] c = (Object[]) row;
			return new Row(((Number) c[0]).longValue(), (String) c[1], (String) c[2],
					RequesterRole.valueOf((String) c[3]), (String) c[4], Interest.valueOf((String) c[5]),
					RequestStatus.valueOf((String) c[6]), instant(c[7]), ((Number) c[8]).intValue(), instant(c[9]));
		}).toList();
	}

	private static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof java.time.OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		throw new IllegalStateException("Not a moment: " + value.getClass());
	}

	/**
	 * A request with everything the coordinator needs to answer it.
	 *
	 * @param id its id
	 * @param regionCode its region
	 * @param organisation the organisation, or null
	 * @param role the role of who asked
	 * @param name their name (null once removed)
	 * @param email their address (null once removed)
	 * @param message their message, or null
	 * @param interest what they are interested in
	 * @param status where it stands
	 * @param trajectoryId the trajectory it became, or null
	 * @param createdAt when it was sent
	 * @param statusChangedAt when its status last changed
	 * @param anonymised whether its personal data was removed
	 * @param version for changes
	 * @param answers the answers mailed, oldest first
	 */
	public record Detail(long id, String regionCode, String organisation, RequesterRole role, String name, String email,
			String message, Interest interest, RequestStatus status, Long trajectoryId, Instant createdAt,
			Instant statusChangedAt, boolean anonymised, long version, List<Answer> answers) {

		@Override
		public String toString() {
			return "Detail[" + this.id + "]";
		}

	}

	/**
	 * An answer mailed from the inbox.
	 *
	 * @param text what was written
	 * @param by who wrote it (display name), or null when the account is gone
	 * @param at when
	 */
	public record Answer(String text, String by, Instant at) {

		@Override
		public String toString() {
			return "Answer[" + this.at + "]";
		}

	}

	@Transactional(readOnly = true)
	public Detail detail(long id, AccountPrincipal user) {
		requireNational(user);
		return find(id).orElseThrow(NotFoundException::new);
	}

	Optional<Detail> find(long id) {
		record AnswerRow(String text, Long by, Instant at) {
		}
		List<AnswerRow> answers = this.jdbc.sql(
				"select text, answered_by, answered_at from join_request_answer where request_id = ? order by answered_at, id")
			.param(id)
			.query((rs, n) -> new AnswerRow(rs.getString("text"), (Long) rs.getObject("answered_by"),
					instant(rs, "answered_at")))
			.list();
		Map<Long, String> names = answers.isEmpty() ? Map.of()
				: this.accounts.displayNames(answers.stream().map(AnswerRow::by).filter((by) -> by != null).toList());
		List<Answer> shown = answers.stream()
			.map((answer) -> new Answer(answer.text(), (answer.by() != null) ? names.get(answer.by()) : null,
					answer.at()))
			.toList();
		return this.jdbc.sql("select * from join_request where id = ?")
			.param(id)
			.query((rs, n) -> new Detail(rs.getLong("id"), rs.getString("region_code"), rs.getString("organisation"),
					RequesterRole.valueOf(rs.getString("role")), rs.getString("name"), rs.getString("email"),
					rs.getString("message"), Interest.valueOf(rs.getString("interest")),
					RequestStatus.valueOf(rs.getString("status")), (Long) rs.getObject("trajectory_id"),
					instant(rs, "created_at"), instant(rs, "status_changed_at"), rs.getObject("anonymised_at") != null,
					rs.getLong("version"), shown))
			.optional();
	}

	/** What happened to an answer. */
	public enum Answered {

		/** Saved and queued to be mailed; a new request is now in conversation. */
		SENT,
		/**
		 * The same text was mailed for this request already (a second tab): nothing new.
		 */
		ALREADY_SENT

	}

	/**
	 * Saves an answer and queues it as a mail to who asked, under a lock on the request;
	 * a new request moves to "in conversation". The same text again within a few minutes
	 * (a double click, a second tab) is the same answer.
	 */
	@Transactional
	public Answered answer(long id, String text, AccountPrincipal user) {
		requireNational(user);
		Locked request = lock(id);
		if (request.anonymised()) {
			throw new RuleException("joinRequest.answer.anonymised");
		}
		String trimmed = text.strip();
		Instant now = this.clock.instant();
		// The same text within a few minutes is a double click or a second tab; later it
		// is a new answer ("Dank u wel." twice in a conversation is fine).
		boolean same = this.jdbc.sql("""
				select exists (select 1 from join_request_answer
				  where request_id = ? and text = ? and answered_at > ?)""")
			.params(id, trimmed, Timestamp.from(now.minus(SAME_ANSWER)))
			.query(Boolean.class)
			.single();
		if (same) {
			return Answered.ALREADY_SENT;
		}
		long answerId = this.jdbc.sql("""
				insert into join_request_answer (request_id, text, answered_by, answered_at)
				values (?, ?, ?, ?) returning id""")
			.params(id, trimmed, user.id(), Timestamp.from(now))
			.query(Long.class)
			.single();
		if (request.status() == RequestStatus.NEW) {
			this.jdbc.sql("""
					update join_request set status = 'IN_CONVERSATION', status_changed_at = ?, version = version + 1
					where id = ?""").params(Timestamp.from(now), id).update();
		}
		this.outbox.queue(ANSWER, answerId, 0, user.id(), null);
		return Answered.SENT;
	}

	/**
	 * Sets a request's status by hand (new, in conversation, closed), if the page showed
	 * the request as it is ({@code version}). The same status again changes nothing; a
	 * request that became a trajectory stays one.
	 * @throws RuleException {@code stale.joinRequest} when it changed meanwhile
	 */
	@Transactional
	public void changeStatus(long id, long version, RequestStatus status, AccountPrincipal user) {
		requireNational(user);
		Locked request = lock(id);
		if (request.status() == status) {
			return;
		}
		if (request.version() != version) {
			throw new RuleException("stale.joinRequest");
		}
		if (!RequestStatus.SETTABLE.contains(status) || request.status() == RequestStatus.TRAJECTORY) {
			throw new RuleException("joinRequest.status.notSettable");
		}
		this.jdbc.sql("""
				update join_request set status = ?, status_changed_at = ?, version = version + 1 where id = ?""")
			.params(status.name(), Timestamp.from(this.clock.instant()), id)
			.update();
	}

	/**
	 * The request became a trajectory (TrajectoryOrigin), in the transaction that made
	 * the trajectory.
	 * @throws RuleException {@code joinRequest.alreadyTrajectory} when it is not open any
	 * more
	 */
	@Transactional
	void becameTrajectory(long id, long trajectoryId, AccountPrincipal user) {
		requireNational(user);
		Locked request = lock(id);
		if (!request.status().isOpen() || request.anonymised()) {
			throw new RuleException("joinRequest.alreadyTrajectory");
		}
		this.jdbc.sql("""
				update join_request set status = 'TRAJECTORY', trajectory_id = ?, status_changed_at = ?,
				  version = version + 1
				where id = ?""").params(trajectoryId, Timestamp.from(this.clock.instant()), id).update();
	}

	/** An open request's details for a new trajectory's form. */
	@Transactional(readOnly = true)
	Optional<Detail> open(long id, AccountPrincipal user) {
		if (!user.isNational()) {
			return Optional.empty();
		}
		return find(id).filter((request) -> request.status().isOpen() && !request.anonymised());
	}

	private record Locked(RequestStatus status, long version, boolean anonymised) {
	}

	private Locked lock(long id) {
		return this.jdbc.sql("select status, version, anonymised_at from join_request where id = ? for update")
			.param(id)
			.query((rs, n) -> new Locked(RequestStatus.valueOf(rs.getString("status")), rs.getLong("version"),
					rs.getObject("anonymised_at") != null))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private static void requireNational(AccountPrincipal user) {
		if (user == null || !user.isNational()) {
			throw new AccessDeniedException("National coordinators only");
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
