package nl.nvp.goedegesprek.meeting.registration;

public enum RegistrationStatus {

	/** Waiting for the e-mail link to be clicked; does not count yet. */
	PENDING,
	/**
	 * A child under 16 confirmed their address; waits for a parent's or guardian's
	 * consent (decision 35). Does not count yet.
	 */
	AWAITING_CONSENT,
	/** Has a place. */
	CONFIRMED,
	/** Confirmed the e-mail, but the meeting (or the role's quota) was full. */
	WAITLISTED, CANCELLED

}
