package nl.nvp.goedegesprek.meeting.planning;

/**
 * A meeting change would leave fewer places (in all, or for a role) than people who
 * already have one.
 */
class PlacesTakenException extends RuntimeException {

	private final String field;

	private final long taken;

	PlacesTakenException(String field, long taken) {
		super("Places taken");
		this.field = field;
		this.taken = taken;
	}

	String field() {
		return this.field;
	}

	long taken() {
		return this.taken;
	}

}
