package nl.nvp.goedegesprek.trajectory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The meetings of a trajectory, as the module that plans them (meetings) settles them
 * when the trajectory closes: cancelling a trajectory cancels its meetings that have not
 * begun, with a mail to everyone registered; finishing waits until none is left (decision
 * 0025). The trajectory module defines this and the meeting module implements it, so that
 * the trajectory module knows nothing of meetings beyond it.
 */
public interface TrajectoryMeetings {

	/**
	 * The trajectory's meetings that have not begun and are not cancelled, soonest first.
	 * @param trajectoryId the trajectory
	 * @return the meetings, with who would hear that they are cancelled
	 */
	List<Upcoming> upcoming(long trajectoryId);

	/**
	 * Cancels the trajectory's meetings that have not begun, for this reason: each closes
	 * for registration, stops its reminders and mails everyone with a place or on the
	 * waitlist. Called in the transaction that cancels the trajectory.
	 * @param trajectoryId the trajectory
	 * @param reason what the participants read
	 * @return how many meetings were cancelled
	 */
	int cancelUpcoming(long trajectoryId, String reason);

	/**
	 * A meeting yet to come.
	 *
	 * @param title its title
	 * @param date its day
	 * @param startTime when it begins
	 * @param withPlace how many have a place
	 * @param waitlisted how many wait for one
	 */
	record Upcoming(String title, LocalDate date, LocalTime startTime, long withPlace, long waitlisted) {
	}

}
