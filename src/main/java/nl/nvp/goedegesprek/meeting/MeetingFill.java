package nl.nvp.goedegesprek.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting with how full it is per role, as the meetings overview of a trajectory shows
 * it and other modules (a national project's dialogues) read it: no participants' data,
 * only counts.
 *
 * @param id the meeting's id
 * @param title its title
 * @param date its day
 * @param startTime when it starts
 * @param endTime when it ends
 * @param online whether it is online (no address)
 * @param address where it is, or {@code null} when online
 * @param status whether it is yet to come, held or cancelled
 * @param capacity its places
 * @param confirmed the registrations with a place
 * @param waitlisted the registrations on its waiting list
 * @param roles per role that has a quota or registrations: places taken of the quota
 */
public record MeetingFill(long id, String title, LocalDate date, LocalTime startTime, LocalTime endTime, boolean online,
		String address, Status status, int capacity, long confirmed, long waitlisted, List<RoleFill> roles) {

	/** Whether a meeting is yet to come, has begun or taken place, or was cancelled. */
	public enum Status {

		UPCOMING, HELD, CANCELLED

	}

	/**
	 * How full a meeting is for one role: places taken of the role's quota (or of the
	 * meeting's places), and how many wait.
	 *
	 * @param role the role
	 * @param confirmed registrations in this role with a place
	 * @param places the role's quota, or the meeting's places when it has none
	 * @param quota whether the role has a quota
	 * @param waitlisted registrations in this role on the waiting list
	 */
	public record RoleFill(ParticipantRole role, long confirmed, int places, boolean quota, long waitlisted) {
	}

}
