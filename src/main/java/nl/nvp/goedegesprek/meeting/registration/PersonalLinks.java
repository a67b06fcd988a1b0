package nl.nvp.goedegesprek.meeting.registration;

import java.time.Clock;
import java.util.Optional;

import nl.nvp.goedegesprek.meeting.ParticipantRef;
import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal links (persoonlijke links) to a registration: each link gets a new secret
 * token, of which only the hash is stored, and leads back to its registration until the
 * day after the meeting. Participants have no account: the link is how they confirm,
 * view, change, cancel, evaluate and prioritise. A registration has one working link: a
 * new link ends the one before it (the newest mail holds the link), and cancelling ends
 * it; an ended link answers with {@link LinkEndedException}.
 */
@Component
public class PersonalLinks {

	private final RegistrationLinkRepository links;

	private final RegistrationRepository registrations;

	private final MeetingRepository meetings;

	private final Clock clock;

	PersonalLinks(RegistrationLinkRepository links, RegistrationRepository registrations, MeetingRepository meetings,
			Clock clock) {
		this.links = links;
		this.registrations = registrations;
		this.meetings = meetings;
		this.clock = clock;
	}

	/**
	 * A new link to the registration, which ends the links before it; returns its token
	 * (to mail, never to store).
	 */
	public String issue(Registration registration) {
		// One at a time per registration, so that exactly one link works afterwards.
		this.registrations.lockById(registration.getId());
		this.links.endWorking(registration.getId(), this.clock.instant(), RegistrationLink.End.REPLACED);
		SecretToken token = SecretToken.generate();
		this.links.save(new RegistrationLink(registration, token.hash(),
				registration.getMeeting().linksExpireAt(this.clock.getZone())));
		return token.value();
	}

	/** Ends the registration's link: it was cancelled. */
	void endForCancelled(Registration registration) {
		this.links.endWorking(registration.getId(), this.clock.instant(), RegistrationLink.End.CANCELLED);
	}

	/**
	 * The registration behind this link; {@link NotFoundException} for an unknown or
	 * expired link, {@link LinkEndedException} (a kind of not found) for a link that a
	 * newer one replaced or whose registration was cancelled.
	 */
	public Registration registration(String token) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		RegistrationLink link = this.links.findByTokenHash(new SecretToken(token).hash())
			.filter((found) -> found.isValid(this.clock.instant(), this.clock.getZone()))
			.orElseThrow(NotFoundException::new);
		Registration registration = link.getRegistration();
		if (!registration.isActive()) {
			throw new LinkEndedException(RegistrationLink.End.CANCELLED, registration.getMeeting().getPublicId());
		}
		if (link.getEndReason() != null) {
			throw new LinkEndedException(link.getEndReason(), registration.getMeeting().getPublicId());
		}
		return registration;
	}

	/**
	 * The registration, read after its meeting is locked, so that its state is current.
	 */
	Registration lockedRegistration(String token) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		RegistrationLinkRepository.Target target = this.links.findTarget(new SecretToken(token).hash())
			.orElseThrow(NotFoundException::new);
		// Lock the meeting before anything of it is read, so that capacity and counts are
		// current.
		this.meetings.lockById(target.meetingId()).orElseThrow(NotFoundException::new);
		return registration(token);
	}

	/**
	 * The participant with a place behind this personal link (for other modules, such as
	 * prioritising ideas); empty for an unknown or expired link, without a place, or when
	 * the meeting was cancelled (its places are then no places).
	 */
	@Transactional(readOnly = true)
	public Optional<ParticipantRef> participant(String token) {
		try {
			Registration registration = registration(token);
			Meeting meeting = registration.getMeeting();
			if (registration.getStatus() != RegistrationStatus.CONFIRMED || meeting.isCancelled()) {
				return Optional.empty();
			}
			return Optional.of(new ParticipantRef(registration.getId(), meeting.getId(), meeting.getTrajectoryId(),
					meeting.getTitle(), meeting.getStep(), registration.getRole().isChild()));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

}
