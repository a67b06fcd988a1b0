package nl.nvp.goedegesprek.meeting.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import nl.nvp.goedegesprek.meeting.MeetingPlacements;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Registrations made for someone by a national project's coordinator
 * ({@link MeetingPlacements}): with a place at once, as a registration whose address was
 * confirmed, under the meeting's lock so that places are decided one at a time.
 */
@Component
public class Placements {

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final PersonalLinks links;

	private final Places places;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final GuardianConsentRepository consents;

	private final Registrations cancelling;

	Placements(MeetingRepository meetings, RegistrationRepository registrations, PersonalLinks links, Places places,
			ApplicationEventPublisher events, Clock clock, GuardianConsentRepository consents,
			Registrations cancelling) {
		this.consents = consents;
		this.cancelling = cancelling;
		this.meetings = meetings;
		this.registrations = registrations;
		this.links = links;
		this.places = places;
		this.events = events;
		this.clock = clock;
	}

	/** See {@link MeetingPlacements#place}. */
	public MeetingPlacements.Placed place(long meetingId, MeetingPlacements.PlacedPerson person) {
		Optional<Meeting> locked = this.meetings.lockById(meetingId);
		if (locked.isEmpty()) {
			return new MeetingPlacements.Placed(MeetingPlacements.Outcome.CLOSED, null);
		}
		Meeting meeting = locked.get();
		if (meeting.isCancelled() || meeting.hasStarted(this.clock)) {
			return new MeetingPlacements.Placed(MeetingPlacements.Outcome.CLOSED, null);
		}
		Optional<Registration> existing = this.registrations.findActive(meetingId, person.email().trim());
		if (existing.isPresent()) {
			return placeOwn(existing.get(), meeting);
		}
		if (!this.places.hasRoomFor(meeting, person.role())) {
			return new MeetingPlacements.Placed(MeetingPlacements.Outcome.FULL, null);
		}
		Instant now = this.clock.instant();
		Registration registration = this.registrations
			.save(new Registration(meeting, form(person), person.privacyVersion(), language(person), now));
		if (registration.getAgeGroup() != null && registration.getAgeGroup().needsGuardianConsent()) {
			this.consents.save(GuardianConsent.givenBefore(registration, person.guardianConsentedAt(),
					person.consentTextVersion()));
		}
		this.places.give(registration, meeting);
		this.registrations.flush();
		this.events.publishEvent(
				RegistrationMail.of(registration, RegistrationMail.Kind.CONFIRMED, this.links.issue(registration)));
		return new MeetingPlacements.Placed(MeetingPlacements.Outcome.PLACED, registration.getId());
	}

	/**
	 * The address registered itself at this meeting: with a place, it stays as it is; on
	 * the waitlist or not yet confirmed (the project confirmed the address), it gets the
	 * place if there is one; a child's under 16 that waits for (or has not yet asked) a
	 * guardian's consent keeps waiting.
	 */
	private MeetingPlacements.Placed placeOwn(Registration own, Meeting meeting) {
		switch (own.getStatus()) {
			case CONFIRMED:
				return new MeetingPlacements.Placed(MeetingPlacements.Outcome.ALREADY_REGISTERED, own.getId());
			case AWAITING_CONSENT:
				return new MeetingPlacements.Placed(MeetingPlacements.Outcome.AWAITING_CONSENT, null);
			default:
				if (own.getAgeGroup() != null && own.getAgeGroup().needsGuardianConsent()) {
					// A child's own registration, not confirmed yet: its consent is asked
					// there.
					return new MeetingPlacements.Placed(MeetingPlacements.Outcome.AWAITING_CONSENT, null);
				}
				if (!this.places.hasRoomFor(meeting, own.getRole())) {
					return new MeetingPlacements.Placed(MeetingPlacements.Outcome.FULL, null);
				}
				this.places.give(own, meeting);
				this.registrations.flush();
				this.events
					.publishEvent(RegistrationMail.of(own, RegistrationMail.Kind.CONFIRMED, this.links.issue(own)));
				return new MeetingPlacements.Placed(MeetingPlacements.Outcome.PLACED, own.getId());
		}
	}

	/** See {@link MeetingPlacements#endAfterWithdrawnConsent}. */
	public boolean endAfterWithdrawnConsent(long registrationId) {
		Optional<Long> meetingId = this.registrations.findMeetingIdOf(registrationId);
		if (meetingId.isEmpty()) {
			return false;
		}
		// The meeting first, before anything of the registration is read, as a cancel
		// through the personal link locks it: places are decided one at a time.
		Optional<Meeting> meeting = this.meetings.lockById(meetingId.get());
		Optional<Registration> registration = this.registrations.findById(registrationId);
		if (meeting.isEmpty() || registration.isEmpty() || !registration.get().isActive()
				|| meeting.get().hasStarted(this.clock)) {
			return false;
		}
		// The consent carried in from the project is withdrawn here too, so the
		// meeting's list and a data request say so.
		this.consents.findById(registrationId)
			.filter((consent) -> consent.getDecision() == GuardianConsent.Decision.GIVEN)
			.ifPresent((consent) -> consent.withdraw(this.clock.instant()));
		this.cancelling.end(registration.get(), null);
		return true;
	}

	private static String language(MeetingPlacements.PlacedPerson person) {
		return "en".equals(person.language()) ? "en" : "nl";
	}

	private static RegistrationForm form(MeetingPlacements.PlacedPerson person) {
		RegistrationForm form = new RegistrationForm();
		form.setName(person.name());
		form.setEmail(person.email());
		form.setRole(person.role());
		form.setAgeGroup((person.ageGroup() != null) ? AgeGroup.valueOf(person.ageGroup()) : null);
		form.setRoleOther((person.role() == ParticipantRole.OTHER) ? person.roleOther() : null);
		form.setOrganisation(person.organisation());
		form.setNeedsAccessibility(person.needsAccessibility());
		form.setNeedsInterpreter(person.needsInterpreter());
		form.setNeedsTravelCosts(person.needsTravelCosts());
		form.setNeedsChildcare(person.needsChildcare());
		form.setSupportNote(person.supportNote());
		return form;
	}

}
