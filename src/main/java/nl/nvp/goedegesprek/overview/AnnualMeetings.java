package nl.nvp.goedegesprek.overview;

import java.util.Collection;
import java.util.List;

/**
 * The meetings that took place and who took part, per trajectory and year, for the annual
 * numbers (issue 16). Implemented by the meeting module, so that the overview knows none
 * of its tables. Each method is one statement however many trajectories and meetings.
 */
public interface AnnualMeetings {

	/**
	 * The participants' roles, in the order to show them.
	 * @return the message key of each role's name
	 */
	List<String> roles();

	/**
	 * The meetings of these trajectories that took place (not cancelled, their start in
	 * the past), counted per trajectory and year of the meeting's date.
	 * @param trajectoryIds the trajectories (not empty)
	 * @return one entry per trajectory and year with a meeting
	 */
	List<Held> held(Collection<Long> trajectoryIds);

	/**
	 * The participants of those meetings per trajectory, year and role: the registrations
	 * with a place, and where attendance was taken at a meeting only those who came.
	 * Someone at two meetings counts twice.
	 * @param trajectoryIds the trajectories (not empty)
	 * @return one entry per trajectory, year and role with participants
	 */
	List<Participants> participants(Collection<Long> trajectoryIds);

	/**
	 * Meetings that took place.
	 *
	 * @param trajectoryId the trajectory
	 * @param year the year of their date
	 * @param meetings how many
	 */
	record Held(long trajectoryId, int year, long meetings) {
	}

	/**
	 * Participants in one role.
	 *
	 * @param trajectoryId the trajectory
	 * @param year the year of the meetings' date
	 * @param role the message key of the role's name (one of {@link #roles()})
	 * @param count how many
	 */
	record Participants(long trajectoryId, int year, String role, long count) {
	}

}
