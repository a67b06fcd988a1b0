package nl.nvp.goedegesprek.meeting;

import java.util.Optional;

import nl.nvp.goedegesprek.meeting.registration.PersonalLinks;

import org.springframework.stereotype.Service;

/**
 * Participants behind their personal links, for other modules (such as prioritising
 * ideas). Registering, the waitlist and the personal links themselves live in
 * {@code meeting.registration}.
 */
@Service
public class MeetingRegistrations {

	private final PersonalLinks links;

	MeetingRegistrations(PersonalLinks links) {
		this.links = links;
	}

	/**
	 * The participant with a place behind this personal link (for other modules, such as
	 * prioritising ideas); empty for an unknown or expired link or without a place.
	 */
	public Optional<ParticipantRef> participant(String token) {
		return this.links.participant(token);
	}

}
