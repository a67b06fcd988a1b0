package nl.nvp.goedegesprek.meeting.registration;

/**
 * Registration for this meeting is not open (not yet, no longer, or the meeting is
 * cancelled), or the meeting has started, after which nobody confirms or cancels.
 */
class RegistrationClosedException extends RuntimeException {

	enum Reason {

		CLOSED, STARTED

	}

	private final Reason reason;

	RegistrationClosedException() {
		this(Reason.CLOSED);
	}

	RegistrationClosedException(Reason reason) {
		super("Registration closed: " + reason);
		this.reason = reason;
	}

	Reason getReason() {
		return this.reason;
	}

}
