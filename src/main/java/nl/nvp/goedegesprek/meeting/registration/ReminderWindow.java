package nl.nvp.goedegesprek.meeting.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import nl.nvp.goedegesprek.meeting.planning.Meeting;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a meeting's reminder is due: from {@code days-before} days before its day (default
 * 2) until it starts (its real start, Dutch time). The reminder job reminds the meetings
 * in the window; a move into the window counts as the reminder, because its mail already
 * tells the new date, time and place (one mail, not a move and a reminder at once). One
 * rule for both, here.
 */
@Component
public class ReminderWindow {

	private final Clock clock;

	private final int daysBefore;

	ReminderWindow(Clock clock, @Value("${goedegesprek.reminders.days-before:2}") int daysBefore) {
		this.clock = clock;
		this.daysBefore = daysBefore;
	}

	/** Now, on the application's clock. */
	public Instant now() {
		return this.clock.instant();
	}

	/** The last meeting day whose reminders are due today. */
	public LocalDate lastDay() {
		return LocalDate.now(this.clock).plusDays(this.daysBefore);
	}

	/** The time zone in which a meeting's date and start are read (Dutch time). */
	public String zone() {
		return this.clock.getZone().getId();
	}

	/** Whether this meeting's reminder is due now (or was due already). */
	public boolean contains(Meeting meeting) {
		return !meeting.isCancelled() && !meeting.getDate().isAfter(lastDay()) && !meeting.hasStarted(this.clock);
	}

}
