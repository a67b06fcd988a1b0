package nl.nvp.goedegesprek.meeting.registration;

/**
 * Registration for this meeting is not open (not yet, no longer, or the meeting is
 * cancelled).
 */
class RegistrationClosedException extends RuntimeException {

	RegistrationClosedException() {
		super("Registration closed");
	}

}
