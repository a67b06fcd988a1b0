package nl.nvp.goedegesprek.meeting.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingAccess;
import nl.nvp.goedegesprek.meeting.registration.PersonalLinks;
import nl.nvp.goedegesprek.meeting.registration.Registration;
import nl.nvp.goedegesprek.meeting.registration.RegistrationMail;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.shared.RuleException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator asks the participants of a meeting that has taken place for their
 * evaluation: everyone with a place gets one mail with a new personal link (through the
 * mail outbox), once per meeting. Only while their links still work (until the day after
 * the meeting); the meeting's row is marked in the same transaction, with a condition, so
 * that two requests at once mail everyone once (decision 24).
 */
@Service
@Transactional(readOnly = true)
class EvaluationRequests {

	private final MeetingAccess access;

	private final RegistrationRepository registrations;

	private final PersonalLinks links;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	EvaluationRequests(MeetingAccess access, RegistrationRepository registrations, PersonalLinks links,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.registrations = registrations;
		this.links = links;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether participants can be asked now, or when they were asked.
	 *
	 * @param askedAt when they were asked, or null
	 * @param askable whether the button is offered: over, not cancelled, links still
	 * working, nobody asked yet
	 */
	record Asking(Instant askedAt, boolean askable) {
	}

	Asking asking(Meeting meeting) {
		Instant askedAt = askedAt(meeting.getId()).orElse(null);
		return new Asking(askedAt, askedAt == null && rule(meeting) == null);
	}

	/**
	 * Mails everyone with a place their evaluation link.
	 * @return the number of mails, or -1 when they were asked before
	 */
	@Transactional
	int ask(long meetingId, AccountPrincipal user) {
		Meeting meeting = this.access.runBy(meetingId, user, true);
		String rule = rule(meeting);
		if (rule != null) {
			throw new RuleException(rule);
		}
		// Waits for a request at the same moment to commit; then it finds the mark.
		int marked = this.jdbc
			.sql("update meeting set evaluation_asked_at = :now where id = :id and evaluation_asked_at is null")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", meetingId)
			.update();
		if (marked == 0) {
			return -1;
		}
		int sent = 0;
		for (Registration registration : this.registrations.findActiveByMeeting(meetingId)) {
			if (registration.getStatus() == RegistrationStatus.CONFIRMED && registration.getEmail() != null) {
				this.events.publishEvent(RegistrationMail.of(registration, RegistrationMail.Kind.EVALUATE,
						this.links.issue(registration)));
				sent++;
			}
		}
		return sent;
	}

	/** Why participants cannot be asked (a message key), or null when they can. */
	private String rule(Meeting meeting) {
		if (meeting.isCancelled()) {
			return "evaluation.ask.cancelled";
		}
		if (!meeting.hasStarted(this.clock)) {
			return "evaluation.ask.notYet";
		}
		if (!this.clock.instant().isBefore(meeting.linksExpireAt(this.clock.getZone()))) {
			return "evaluation.ask.tooLate";
		}
		return null;
	}

	private Optional<Instant> askedAt(long meetingId) {
		return this.jdbc.sql("select evaluation_asked_at from meeting where id = ?")
			.param(meetingId)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

}
