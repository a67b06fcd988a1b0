package nl.nvp.goedegesprek.meeting.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;
import nl.nvp.goedegesprek.meeting.planning.MeetingViews;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent of a parent or guardian for a child under 16 (issue 14, decision 35). The
 * child registers with the adult's name, capacity and address; once the child has
 * confirmed their own address, the registration waits ({@code AWAITING_CONSENT}) and the
 * adult is mailed a link of their own. The adult gives consent (then the child gets a
 * place, or a place on the waitlist) or refuses it (the registration ends), and may
 * withdraw consent until the meeting starts. Without an answer in time the registration
 * lapses ({@link GuardianConsentLapses}). Every answer is taken with the meeting locked,
 * so places are decided one at a time, and a second answer (a double click, a second tab)
 * changes nothing.
 */
@Service
@Transactional
public class GuardianConsents {

	/**
	 * The version of the consent text the adult agrees to (the page and the mail). A new
	 * version whenever that text changes: "2026-12-2" says "de ouder die over dit kind
	 * beslist" where "2026-12" said "ouder met gezag" (decision 38).
	 */
	public static final String TEXT_VERSION = "2026-12-2";

	private final GuardianConsentRepository consents;

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final PersonalLinks links;

	private final Places places;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration wait;

	GuardianConsents(GuardianConsentRepository consents, MeetingRepository meetings,
			RegistrationRepository registrations, PersonalLinks links, Places places, ApplicationEventPublisher events,
			Clock clock, @Value("${goedegesprek.guardian-consent.wait:P7D}") Duration wait) {
		this.consents = consents;
		this.meetings = meetings;
		this.registrations = registrations;
		this.links = links;
		this.places = places;
		this.events = events;
		this.clock = clock;
		this.wait = wait;
	}

	/** How long an adult has to answer (at most until the meeting starts). */
	Duration waitForAnswer() {
		return this.wait;
	}

	/**
	 * With the registration of a child under 16: whom to ask, once the child confirms.
	 */
	void prepare(Registration registration, String guardianEmail) {
		this.consents.save(new GuardianConsent(registration, guardianEmail));
	}

	/**
	 * The demo's child, whose address counts as confirmed: the adult is asked (and
	 * mailed, to the demo's mail catcher).
	 */
	public void askDemo(Registration registration, String guardianEmail) {
		prepare(registration, guardianEmail);
		askIfNeeded(registration);
	}

	/**
	 * The child confirmed their address (the meeting is locked): when an adult must
	 * consent, the registration waits and the adult is mailed. Returns whether it waits.
	 */
	boolean askIfNeeded(Registration registration) {
		Optional<GuardianConsent> consent = this.consents.findById(registration.getId());
		if (consent.isEmpty() || !consent.get().isOpen()) {
			return false;
		}
		Instant now = this.clock.instant();
		Instant start = registration.getMeeting().startsAt(this.clock.getZone());
		Instant lapses = now.plus(this.wait).isBefore(start) ? now.plus(this.wait) : start;
		SecretToken token = SecretToken.generate();
		consent.get().request(token.hash(), now, lapses);
		registration.awaitConsent(now);
		this.events.publishEvent(new GuardianConsentMail(registration.getId(), token.value()));
		return true;
	}

	/** When the registration waits for consent: until when. */
	@Transactional(readOnly = true)
	Optional<Instant> lapsesAt(long registrationId) {
		return this.consents.findById(registrationId).filter(GuardianConsent::isOpen).map(GuardianConsent::getLapsesAt);
	}

	/**
	 * The request mail as it is to be sent now, if it still applies: the request is open
	 * and this token is its link's, the child waits for consent, and the meeting is
	 * neither cancelled nor begun.
	 */
	@Transactional(readOnly = true)
	public Optional<RequestMail> requestMail(long registrationId, String token) {
		return this.consents.findById(registrationId)
			.filter(GuardianConsent::isOpen)
			.filter((consent) -> consent.getGuardianEmail() != null && token != null && SecretToken.plausible(token)
					&& new SecretToken(token).hash().equals(consent.getTokenHash()))
			.filter((consent) -> consent.getRegistration().getStatus() == RegistrationStatus.AWAITING_CONSENT)
			.filter((consent) -> !consent.getRegistration().getMeeting().isCancelled()
					&& !consent.getRegistration().getMeeting().hasStarted(this.clock))
			.map((consent) -> {
				Registration registration = consent.getRegistration();
				return new RequestMail(consent.getGuardianEmail(), registration.getName(),
						registration.getGuardianName(), registration.getGuardianCapacity(), registration.getLanguage(),
						RegistrationMail.MeetingFacts.of(registration.getMeeting()), consent.getLapsesAt());
			});
	}

	/** The adults' addresses of these registrations' open requests. */
	@Transactional(readOnly = true)
	public Map<Long, String> guardianAddresses(Collection<Long> registrationIds) {
		Map<Long, String> addresses = new HashMap<>();
		this.consents.findAllById(registrationIds)
			.stream()
			.filter((consent) -> consent.getGuardianEmail() != null)
			.forEach((consent) -> addresses.put(consent.getRegistrationId(), consent.getGuardianEmail()));
		return addresses;
	}

	/**
	 * The meeting's children placed from a national project whose parent or guardian
	 * consented when they signed up for it (decision 50), with the version of the
	 * project's consent text: by registration. One statement.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> givenThroughProject(long meetingId) {
		Map<Long, String> versions = new HashMap<>();
		this.consents.findGivenBefore(meetingId, GuardianConsent.Decision.GIVEN)
			.forEach((row) -> versions.put((Long) row[0], (String) row[1]));
		return versions;
	}

	/** What the adult's page shows. */
	@Transactional(readOnly = true)
	View view(String token) {
		GuardianConsent consent = consent(token);
		Registration registration = consent.getRegistration();
		Meeting meeting = registration.getMeeting();
		return new View(registration.getName(), registration.getGuardianName(), registration.getGuardianCapacity(),
				registration.getAgeGroup(), MeetingViews.Public.of(meeting, this.clock), consent.getDecision(),
				consent.getLapsesAt(), consent.getDecidedAt(),
				consent.isOpen() && registration.getStatus() == RegistrationStatus.AWAITING_CONSENT
						&& !meeting.isCancelled() && !meeting.hasStarted(this.clock),
				consent.getDecision() == GuardianConsent.Decision.GIVEN && registration.isActive()
						&& !meeting.isCancelled() && !meeting.hasStarted(this.clock),
				registration.getLanguage());
	}

	/**
	 * The adult's answer. A request that was answered, lapsed, or whose registration
	 * ended (the child cancelled) changes nothing; a meeting that was cancelled or has
	 * started takes no answer.
	 */
	void answer(String token, boolean given) {
		GuardianConsent consent = locked(token);
		Registration registration = consent.getRegistration();
		if (!consent.isOpen() || registration.getStatus() != RegistrationStatus.AWAITING_CONSENT) {
			return;
		}
		Meeting meeting = registration.getMeeting();
		if (meeting.isCancelled() || meeting.hasStarted(this.clock)) {
			throw new RegistrationClosedException(RegistrationClosedException.Reason.STARTED);
		}
		Instant now = this.clock.instant();
		if (!given) {
			consent.decide(GuardianConsent.Decision.REFUSED, now, null);
			end(registration, RegistrationMail.Kind.CONSENT_REFUSED, now);
			return;
		}
		consent.decide(GuardianConsent.Decision.GIVEN, now, TEXT_VERSION);
		if (this.places.hasRoomFor(meeting, registration.getRole())) {
			this.places.give(registration, meeting);
			mail(registration, RegistrationMail.Kind.CONFIRMED, this.links.issue(registration));
		}
		else {
			registration.waitlist(now);
			mail(registration, RegistrationMail.Kind.WAITLISTED, this.links.issue(registration));
		}
	}

	/**
	 * Consent given is withdrawn: the child's registration ends, and a place it had goes
	 * to the waitlist. Not once the meeting has started.
	 */
	void withdraw(String token) {
		GuardianConsent consent = locked(token);
		Registration registration = consent.getRegistration();
		if (consent.getDecision() != GuardianConsent.Decision.GIVEN || !registration.isActive()) {
			return;
		}
		Meeting meeting = registration.getMeeting();
		if (meeting.hasStarted(this.clock)) {
			throw new RegistrationClosedException(RegistrationClosedException.Reason.STARTED);
		}
		boolean hadPlace = registration.getStatus() == RegistrationStatus.CONFIRMED;
		Instant now = this.clock.instant();
		consent.withdraw(now);
		end(registration, RegistrationMail.Kind.CONSENT_WITHDRAWN, now);
		if (hadPlace) {
			this.registrations.flush();
			this.places.moveUpWaitlist(meeting);
		}
	}

	/** Requests not answered in time, by registration. */
	@Transactional(readOnly = true)
	List<Long> lapsed() {
		return this.consents.findLapsed(this.clock.instant());
	}

	/** Lets one request lapse, if it still is open and due; the child is told. */
	void lapse(long registrationId) {
		Registration registration = this.registrations.findById(registrationId).orElse(null);
		if (registration == null) {
			return;
		}
		this.meetings.lockById(registration.getMeeting().getId());
		GuardianConsent consent = this.consents.findById(registrationId).orElse(null);
		Instant now = this.clock.instant();
		if (consent == null || !consent.isOpen() || consent.getLapsesAt() == null
				|| consent.getLapsesAt().isAfter(now)) {
			return;
		}
		consent.decide(GuardianConsent.Decision.LAPSED, now, null);
		if (registration.getStatus() == RegistrationStatus.AWAITING_CONSENT) {
			end(registration, RegistrationMail.Kind.CONSENT_LAPSED, now);
		}
	}

	private void end(Registration registration, RegistrationMail.Kind kind, Instant now) {
		registration.cancel(now);
		this.links.endForCancelled(registration);
		mail(registration, kind, null);
	}

	private GuardianConsent consent(String token) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		return this.consents.findByTokenHash(new SecretToken(token).hash()).orElseThrow(NotFoundException::new);
	}

	/**
	 * The consent, read after its meeting is locked (nothing of it is read before), so
	 * that its state and the meeting's places are current.
	 */
	private GuardianConsent locked(String token) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		long meetingId = this.consents.findMeetingId(new SecretToken(token).hash()).orElseThrow(NotFoundException::new);
		this.meetings.lockById(meetingId).orElseThrow(NotFoundException::new);
		return consent(token);
	}

	private void mail(Registration registration, RegistrationMail.Kind kind, String token) {
		this.events.publishEvent(RegistrationMail.of(registration, kind, token));
	}

	/** What the request to the adult says. */
	public record RequestMail(String guardianEmail, String childName, String guardianName,
			GuardianCapacity guardianCapacity, String language, RegistrationMail.MeetingFacts meeting,
			Instant lapsesAt) {

		@Override
		public String toString() {
			return "RequestMail[…]";
		}

	}

	/** The adult's page. */
	record View(String childName, String guardianName, GuardianCapacity guardianCapacity, AgeGroup ageGroup,
			MeetingViews.Public meeting, GuardianConsent.Decision decision, Instant lapsesAt, Instant decidedAt,
			boolean answerable, boolean withdrawable, String language) {
	}

}
