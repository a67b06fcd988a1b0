package nl.nvp.goedegesprek.meeting.planning;

import java.util.List;

/**
 * A change to the date, time, place or online link of a meeting that has started: too
 * late, people are there (or on their way).
 */
class ScheduleFixedException extends RuntimeException {

	private final List<String> fields;

	private final Meeting.Schedule schedule;

	ScheduleFixedException(List<String> fields, Meeting.Schedule schedule) {
		super("Meeting started");
		this.fields = List.copyOf(fields);
		this.schedule = schedule;
	}

	/** The form fields whose change was refused. */
	List<String> fields() {
		return this.fields;
	}

	/** The schedule as it stays. */
	Meeting.Schedule schedule() {
		return this.schedule;
	}

}
