package nl.nvp.goedegesprek.meeting.registration;

public enum RegistrationStatus {

	/** Waiting for the e-mail link to be clicked; does not count yet. */
	PENDING,
	/** Has a place. */
	CONFIRMED,
	/** Confirmed the e-mail, but the meeting (or the role's quota) was full. */
	WAITLISTED, CANCELLED

}
