package nl.nvp.goedegesprek.meeting.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;
import nl.nvp.goedegesprek.meeting.planning.MeetingViews;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration by participants, who have no account: register, confirm the e-mail
 * address, and view, change or cancel through the personal link. Places are decided one
 * at a time per meeting (a row lock), so a meeting never has more confirmed participants
 * than places.
 */
@Service
@Transactional
public class Registrations {

	/**
	 * The version of the privacy statement that people consent to (see /privacy, where
	 * {@code privacy.version} names it). Raise both whenever the statement's text
	 * changes: "2026-12-3" added requests to join (doe mee), "2026-12-4" sign-ups for
	 * national projects, "2026-12-5" children's sign-ups for them with a parent's or
	 * guardian's consent (decision 50).
	 */
	public static final String PRIVACY_VERSION = "2026-12-5";

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final PersonalLinks links;

	private final Places places;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RegistrationMetrics metrics;

	private final GuardianConsents consents;

	Registrations(MeetingRepository meetings, RegistrationRepository registrations, PersonalLinks links, Places places,
			ApplicationEventPublisher events, Clock clock, RegistrationMetrics metrics, GuardianConsents consents) {
		this.metrics = metrics;
		this.consents = consents;
		this.meetings = meetings;
		this.registrations = registrations;
		this.links = links;
		this.places = places;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	MeetingViews.Public publicMeeting(UUID publicId) {
		Meeting meeting = this.meetings.findByPublicId(publicId).orElseThrow(NotFoundException::new);
		return MeetingViews.Public.of(meeting, this.clock);
	}

	/**
	 * Registers someone, or, when this address is already registered, mails its link
	 * again. The answer is the same either way ("check your mail"), so the page never
	 * tells who registered.
	 */
	void register(UUID publicId, RegistrationForm form, Locale locale) {
		Meeting meeting = this.meetings.findByPublicId(publicId).orElseThrow(NotFoundException::new);
		if (!meeting.isOpenForRegistration(this.clock)) {
			throw new RegistrationClosedException();
		}
		if (form.isSpam()) {
			this.metrics.count(RegistrationMetrics.Outcome.REFUSED);
			return;
		}
		Optional<Registration> existing = this.registrations.findActive(meeting.getId(), form.getEmail().trim());
		if (existing.isPresent()) {
			mail(existing.get(), RegistrationMail.Kind.ALREADY_REGISTERED, this.links.issue(existing.get()));
			this.metrics.count(RegistrationMetrics.Outcome.ALREADY_REGISTERED);
			return;
		}
		String language = "en".equals(locale.getLanguage()) ? "en" : "nl";
		Registration registration = this.registrations
			.save(new Registration(meeting, form, PRIVACY_VERSION, language, now()));
		if (form.needsGuardianConsent()) {
			this.consents.prepare(registration, form.getGuardianEmail());
		}
		mail(registration, RegistrationMail.Kind.CONFIRM_EMAIL, this.links.issue(registration));
		this.metrics.count(RegistrationMetrics.Outcome.REGISTERED);
	}

	@Transactional(readOnly = true)
	RegistrationViews.Personal personal(String token) {
		Registration registration = this.links.registration(token);
		return RegistrationViews.Personal.of(registration,
				MeetingViews.Public.of(registration.getMeeting(), this.clock),
				registration.getMeeting().hasStarted(this.clock),
				(registration.getStatus() == RegistrationStatus.AWAITING_CONSENT)
						? this.consents.lapsesAt(registration.getId()).orElse(null) : null);
	}

	@Transactional(readOnly = true)
	RegistrationForm changeForm(String token) {
		Registration registration = this.links.registration(token);
		if (!registration.isActive()) {
			throw new RegistrationClosedException();
		}
		return RegistrationForm.of(registration);
	}

	/**
	 * Confirms the e-mail address. The registration gets a place if there is one (and its
	 * role's quota allows), otherwise a place on the waitlist. Confirming twice changes
	 * nothing. A registration made while registration was open may be confirmed after it
	 * closed, but not once the meeting has started (decision 0022).
	 */
	RegistrationStatus confirm(String token) {
		Registration registration = this.links.lockedRegistration(token);
		Meeting meeting = registration.getMeeting();
		if (registration.getStatus() != RegistrationStatus.PENDING || meeting.isCancelled()) {
			return registration.getStatus();
		}
		if (meeting.hasStarted(this.clock)) {
			throw new RegistrationClosedException(RegistrationClosedException.Reason.STARTED);
		}
		if (this.consents.askIfNeeded(registration)) {
			// A child under 16: a place once a parent or guardian consents (decision 35).
			return registration.getStatus();
		}
		if (this.places.hasRoomFor(meeting, registration.getRole())) {
			this.places.give(registration, meeting);
			mail(registration, RegistrationMail.Kind.CONFIRMED, token);
			this.metrics.count(RegistrationMetrics.Outcome.CONFIRMED);
		}
		else {
			registration.waitlist(now());
			mail(registration, RegistrationMail.Kind.WAITLISTED, token);
			this.metrics.count(RegistrationMetrics.Outcome.WAITLISTED);
		}
		return registration.getStatus();
	}

	/**
	 * Changes the registration. Someone with a place who switches role keeps it only if
	 * the new role's quota has room; a place freed in the old role's quota goes to the
	 * waitlist.
	 */
	void change(String token, RegistrationForm form) {
		Registration registration = this.links.lockedRegistration(token);
		if (!registration.isActive()) {
			throw new RegistrationClosedException();
		}
		Meeting meeting = registration.getMeeting();
		boolean roleChanged = form.getRole() != registration.getRole();
		if (roleChanged && registration.getStatus() == RegistrationStatus.CONFIRMED
				&& meeting.getQuotas().containsKey(form.getRole())
				&& this.registrations.countByMeetingIdAndStatusAndRole(meeting.getId(), RegistrationStatus.CONFIRMED,
						form.getRole()) >= meeting.getQuotas().get(form.getRole())) {
			throw new RoleFullException();
		}
		registration.update(form);
		if (roleChanged) {
			this.registrations.flush();
			this.places.moveUpWaitlist(meeting);
		}
	}

	/**
	 * Cancels, which ends the personal link; a place that opens up goes to the first on
	 * the waitlist who fits, who is mailed. Once the meeting has started there is nothing
	 * to cancel: whoever did not come is simply not checked in.
	 */
	void cancel(String token) {
		Registration registration = this.links.lockedRegistration(token);
		if (!registration.isActive()) {
			return;
		}
		if (registration.getMeeting().hasStarted(this.clock)) {
			throw new RegistrationClosedException(RegistrationClosedException.Reason.STARTED);
		}
		end(registration, RegistrationMail.Kind.CANCELLED);
	}

	/**
	 * Ends an active registration whose meeting is locked and has not started, as a
	 * cancel through the personal link does: the link ends, the person gets the mail of
	 * this kind (none when {@code null}: another mail tells them), and a place it had
	 * goes to the first on the waitlist who fits, who is mailed.
	 */
	void end(Registration registration, RegistrationMail.Kind kind) {
		boolean hadPlace = registration.getStatus() == RegistrationStatus.CONFIRMED;
		registration.cancel(now());
		// The link shows nothing of the registration any more.
		this.links.endForCancelled(registration);
		if (kind != null) {
			mail(registration, kind, null);
		}
		if (hadPlace) {
			this.registrations.flush();
			this.places.moveUpWaitlist(registration.getMeeting());
		}
	}

	private void mail(Registration registration, RegistrationMail.Kind kind, String token) {
		this.events.publishEvent(RegistrationMail.of(registration, kind, token));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
