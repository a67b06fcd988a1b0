package nl.nvp.goedegesprek.meeting.planning;

import java.util.List;

/**
 * Rows of a series whose day and start the trajectory already has a meeting for (one
 * meeting per start, decision 28): nothing of the series is planned.
 */
class StartsTakenException extends RuntimeException {

	private final List<Integer> rows;

	StartsTakenException(List<Integer> rows) {
		super("Starts taken");
		this.rows = List.copyOf(rows);
	}

	/** The indexes of the rows whose start is taken. */
	List<Integer> rows() {
		return this.rows;
	}

}
