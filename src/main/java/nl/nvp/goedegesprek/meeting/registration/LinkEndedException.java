package nl.nvp.goedegesprek.meeting.registration;

import java.util.UUID;

import nl.nvp.goedegesprek.shared.NotFoundException;

/**
 * A personal link that worked once but no longer does: a newer link replaced it, or the
 * registration was cancelled. Its page says so kindly and shows nothing of the person;
 * elsewhere it counts as not found.
 */
class LinkEndedException extends NotFoundException {

	private final RegistrationLink.End reason;

	private final UUID meetingPublicId;

	LinkEndedException(RegistrationLink.End reason, UUID meetingPublicId) {
		this.reason = reason;
		this.meetingPublicId = meetingPublicId;
	}

	RegistrationLink.End getReason() {
		return this.reason;
	}

	UUID getMeetingPublicId() {
		return this.meetingPublicId;
	}

}
