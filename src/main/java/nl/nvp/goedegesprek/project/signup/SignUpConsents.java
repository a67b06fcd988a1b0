package nl.nvp.goedegesprek.project.signup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent of a parent or guardian for a child under 16 who signs up for a national
 * project (decision 50, as decision 35 does for meetings). The child gives the adult's
 * address; once the child has confirmed their own address the sign-up waits
 * ({@code AWAITING_CONSENT}) and the adult is mailed a link of their own. Yes: the
 * sign-up counts (CONFIRMED) and the child gets a mail with a new personal link. No, or
 * no answer in time ({@code goedegesprek.guardian-consent.wait}, as for meetings): the
 * sign-up ends, the child gets a kind mail, and its personal data is erased a day later
 * ({@link SignUpRetention}). The adult's address is kept only until the answer. Every
 * answer is taken with the sign-up locked, so a second one (a double click, a second tab)
 * changes nothing and mails nothing.
 */
@Service
@Transactional
class SignUpConsents {

	static final String REQUEST = "projectSignUp.GUARDIAN_CONSENT";

	static final String REFUSED = "projectSignUp.CONSENT_REFUSED";

	static final String LAPSED = "projectSignUp.CONSENT_LAPSED";

	/**
	 * The child's mail that a parent or guardian withdrew consent (decision 51); its
	 * detail is 1 when a place at a dialogue ended with it.
	 */
	static final String WITHDRAWN = "projectSignUp.CONSENT_WITHDRAWN";

	/**
	 * The version of the consent text the adult agrees to (the page and the mail): a new
	 * one whenever that text changes.
	 */
	static final String TEXT_VERSION = "2026-12-project-2";

	enum Decision {

		GIVEN, REFUSED, LAPSED, WITHDRAWN

	}

	private final JdbcClient jdbc;

	private final SignUpLinks links;

	private final MailOutbox outbox;

	private final Trajectories trajectories;

	private final Clock clock;

	private final Duration wait;

	SignUpConsents(JdbcClient jdbc, SignUpLinks links, MailOutbox outbox, Trajectories trajectories, Clock clock,
			@Value("${goedegesprek.guardian-consent.wait:P7D}") Duration wait) {
		this.jdbc = jdbc;
		this.links = links;
		this.outbox = outbox;
		this.trajectories = trajectories;
		this.clock = clock;
		this.wait = wait;
	}

	/**
	 * With a child's sign-up: whom to ask once the child confirms (null: nobody, a child
	 * of 16 or older). A sign-up made anew after it was cancelled asks anew.
	 */
	void prepare(long signUpId, String guardianEmail) {
		if (guardianEmail == null) {
			this.jdbc.sql("delete from project_sign_up_consent where sign_up_id = ?").param(signUpId).update();
			return;
		}
		this.jdbc.sql("""
				insert into project_sign_up_consent (sign_up_id, guardian_email) values (:id, :email)
				on conflict (sign_up_id) do update set guardian_email = :email, token_hash = null,
				  requested_at = null, lapses_at = null, decision = null, decided_at = null, text_version = null""")
			.param("id", signUpId)
			.param("email", guardianEmail.trim())
			.update();
	}

	/**
	 * The child confirmed their address (the sign-up is locked and still PENDING): when
	 * an adult must consent, the sign-up waits and the adult is mailed. Returns whether
	 * it waits.
	 */
	boolean askIfNeeded(long signUpId) {
		Instant now = this.clock.instant();
		// Whether an adult must be asked, and can be: their address may have gone before
		// (their own data request), and then the sign-up waits without anyone to answer
		// and lapses in time; it never counts without consent.
		Optional<Boolean> reachable = this.jdbc.sql("""
				select guardian_email is not null from project_sign_up_consent
				where sign_up_id = ? and decision is null and requested_at is null""")
			.param(signUpId)
			.query(Boolean.class)
			.optional();
		if (reachable.isEmpty()) {
			return false;
		}
		SecretToken token = SecretToken.generate();
		this.jdbc.sql("""
				update project_sign_up_consent set token_hash = case when guardian_email is not null then ? end,
				  requested_at = ?, lapses_at = ?
				where sign_up_id = ?""")
			.params(token.hash(), Timestamp.from(now), Timestamp.from(now.plus(this.wait)), signUpId)
			.update();
		this.jdbc.sql("""
				update project_sign_up set status = 'AWAITING_CONSENT', confirmed_at = ?, version = version + 1
				where id = ?""").params(Timestamp.from(now), signUpId).update();
		if (reachable.get()) {
			this.outbox.queue(REQUEST, signUpId, 0, null, token.value());
		}
		return true;
	}

	/** The child stopped or deleted the sign-up: the adult can no longer be asked. */
	void endRequest(long signUpId) {
		this.jdbc.sql("""
				update project_sign_up_consent set guardian_email = null
				where sign_up_id = ? and decision is null""").param(signUpId).update();
	}

	/** Until when a waiting sign-up waits, if it does. */
	@Transactional(readOnly = true)
	Optional<Instant> lapsesAt(long signUpId) {
		return this.jdbc
			.sql("select lapses_at from project_sign_up_consent where sign_up_id = ? and decision is null "
					+ "and lapses_at is not null")
			.param(signUpId)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * What the adult's page shows; {@code withdrawable}: consent was given and the
	 * sign-up still counts, so the adult can withdraw it (decision 51).
	 */
	record View(String childName, AgeGroup ageGroup, String projectTitle, LocalDate startsOn, LocalDate endsOn,
			Decision decision, Instant decidedAt, Instant lapsesAt, boolean answerable, boolean withdrawable,
			String language) {

		@Override
		public String toString() {
			return "View[…]";
		}

	}

	/** What the request mail to the adult says, if it still applies. */
	record Request(String guardianEmail, View view) {

		@Override
		public String toString() {
			return "Request[…]";
		}

	}

	private record Found(long signUpId, long projectId, String guardianEmail, String tokenHash, View view) {
	}

	private Optional<Found> find(String where, Object key) {
		return this.jdbc.sql("""
				select s.id, s.trajectory_id, s.name, s.age_group, s.status, s.language, p.starts_on, p.ends_on,
				  c.guardian_email, c.token_hash, c.decision, c.decided_at, c.lapses_at
				from project_sign_up_consent c
				join project_sign_up s on s.id = c.sign_up_id
				join national_project p on p.trajectory_id = s.trajectory_id
				where s.anonymised_at is null and""" + " " + where).param(key).query((rs, n) -> {
			String decision = rs.getString("decision");
			Timestamp decidedAt = rs.getTimestamp("decided_at");
			Timestamp lapsesAt = rs.getTimestamp("lapses_at");
			boolean answerable = decision == null && "AWAITING_CONSENT".equals(rs.getString("status"))
					&& !this.trajectories.isClosed(rs.getLong("trajectory_id"));
			boolean withdrawable = "GIVEN".equals(decision) && "CONFIRMED".equals(rs.getString("status"));
			String ageGroup = rs.getString("age_group");
			View view = new View(rs.getString("name"), (ageGroup != null) ? AgeGroup.valueOf(ageGroup) : null,
					this.trajectories.publicTitle(rs.getLong("trajectory_id")),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
					(decision != null) ? Decision.valueOf(decision) : null,
					(decidedAt != null) ? decidedAt.toInstant() : null,
					(lapsesAt != null) ? lapsesAt.toInstant() : null, answerable, withdrawable,
					rs.getString("language"));
			return new Found(rs.getLong("id"), rs.getLong("trajectory_id"), rs.getString("guardian_email"),
					rs.getString("token_hash"), view);
		}).optional();
	}

	private Found byToken(String token) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		return find("c.token_hash = ?", new SecretToken(token).hash()).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	View view(String token) {
		return byToken(token).view();
	}

	/**
	 * The request mail as it is to be sent now: only while the request is open, this
	 * token is its link's and the child still waits.
	 */
	@Transactional(readOnly = true)
	Optional<Request> request(long signUpId, String token) {
		return find("c.sign_up_id = ?", signUpId)
			.filter((found) -> found.view().answerable() && found.guardianEmail() != null && token != null
					&& SecretToken.plausible(token) && new SecretToken(token).hash().equals(found.tokenHash()))
			.map((found) -> new Request(found.guardianEmail(), found.view()));
	}

	/**
	 * The adult's answer. The sign-up is locked first; a request that was answered or
	 * lapsed, or whose sign-up the child stopped, changes nothing. Returns whether this
	 * answer decided.
	 */
	boolean answer(String token, boolean given) {
		long id = byToken(token).signUpId();
		this.jdbc.sql("select id from project_sign_up where id = ? for update").param(id).query(Long.class).single();
		View view = byToken(token).view();
		if (!view.answerable()) {
			return false;
		}
		Instant now = this.clock.instant();
		if (given) {
			decide(id, Decision.GIVEN, now);
			this.jdbc.sql("""
					update project_sign_up set status = 'CONFIRMED', version = version + 1
					where id = ? and status = 'AWAITING_CONSENT'""").param(id).update();
			this.outbox.queue(SignUps.CONFIRMED, id, 0, null, this.links.issue(id));
		}
		else {
			decide(id, Decision.REFUSED, now);
			end(id, REFUSED, now);
		}
		return true;
	}

	/**
	 * The adult withdraws the consent they gave (decision 51): the decision becomes
	 * WITHDRAWN, with when (the text version they consented to is kept). The project's
	 * row is locked first, as every change to its grouping does, then the sign-up, so
	 * that a group confirmed at the same moment either placed the child before (and the
	 * place is ended after) or does not place them at all. Consent that was not given, or
	 * whose sign-up no longer counts (withdrawn in another tab, the child stopped),
	 * changes nothing.
	 * @return the sign-up whose consent this withdrew, if it did
	 */
	Optional<Long> withdraw(String token) {
		Found found = byToken(token);
		this.jdbc.sql("select trajectory_id from national_project where trajectory_id = ? for update")
			.param(found.projectId())
			.query(Long.class)
			.single();
		this.jdbc.sql("select id from project_sign_up where id = ? for update")
			.param(found.signUpId())
			.query(Long.class)
			.single();
		if (!byToken(token).view().withdrawable()) {
			return Optional.empty();
		}
		int withdrawn = this.jdbc.sql("""
				update project_sign_up_consent set decision = 'WITHDRAWN', decided_at = ?
				where sign_up_id = ? and decision = 'GIVEN'""")
			.params(Timestamp.from(this.clock.instant()), found.signUpId())
			.update();
		return (withdrawn == 1) ? Optional.of(found.signUpId()) : Optional.empty();
	}

	/** Requests not answered in time, by sign-up. */
	@Transactional(readOnly = true)
	List<Long> lapsed() {
		return this.jdbc
			.sql("select sign_up_id from project_sign_up_consent where decision is null and lapses_at <= ? "
					+ "order by lapses_at")
			.param(Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.list();
	}

	/** Lets one request lapse, if it still is open and due; a waiting child is told. */
	void lapse(long signUpId) {
		Optional<String> status = this.jdbc.sql("select status from project_sign_up where id = ? for update")
			.param(signUpId)
			.query(String.class)
			.optional();
		Instant now = this.clock.instant();
		int lapsed = this.jdbc.sql("""
				update project_sign_up_consent set decision = 'LAPSED', decided_at = ?, guardian_email = null
				where sign_up_id = ? and decision is null and lapses_at <= ?""")
			.params(Timestamp.from(now), signUpId, Timestamp.from(now))
			.update();
		if (lapsed == 1 && status.filter("AWAITING_CONSENT"::equals).isPresent()) {
			end(signUpId, LAPSED, now);
		}
	}

	private void decide(long id, Decision decision, Instant now) {
		this.jdbc.sql("""
				update project_sign_up_consent set decision = ?, decided_at = ?, guardian_email = null,
				  text_version = ? where sign_up_id = ? and decision is null""")
			.params(decision.name(), Timestamp.from(now), (decision == Decision.GIVEN) ? TEXT_VERSION : null, id)
			.update();
	}

	/** The sign-up ends without consent; the child gets a kind mail (no link). */
	private void end(long id, String mail, Instant now) {
		this.jdbc.sql("""
				update project_sign_up set status = 'CANCELLED', cancelled_at = ?, version = version + 1
				where id = ? and status = 'AWAITING_CONSENT'""").params(Timestamp.from(now), id).update();
		this.outbox.queue(mail, id, 0, null, null);
	}

}
