package nl.nvp.goedegesprek.meeting;

import java.util.List;

import nl.nvp.goedegesprek.meeting.planning.MeetingOverview;
import nl.nvp.goedegesprek.meeting.planning.MeetingType;
import nl.nvp.goedegesprek.meeting.planning.Meetings;

import org.springframework.stereotype.Service;

/**
 * The meetings of a trajectory, for other modules (such as the harvest of the dialogue
 * meetings). Planning and running meetings happens in {@code meeting.planning}.
 */
@Service
public class MeetingPlanning {

	private final Meetings meetings;

	private final MeetingOverview overview;

	MeetingPlanning(Meetings meetings, MeetingOverview overview) {
		this.meetings = meetings;
		this.overview = overview;
	}

	/**
	 * A trajectory's meetings, oldest first, as other modules refer to them (no
	 * participants' data; the caller checks who may see the trajectory).
	 */
	public List<MeetingRef> meetingsOf(long trajectoryId) {
		return this.meetings.meetingsOf(trajectoryId);
	}

	/**
	 * A national project's dialogues (its meetings of type dialogue session), soonest
	 * first, cancelled ones included, with how full each is per role, as the meetings
	 * overview counts it: three statements however many there are (the caller checks who
	 * may see the trajectory).
	 */
	public List<MeetingFill> dialoguesOf(long trajectoryId) {
		return this.overview.ofType(trajectoryId, MeetingType.DIALOGUE_SESSION);
	}

	/**
	 * A national project's dialogues that are not cancelled, soonest first: one
	 * statement.
	 */
	public List<MeetingRef> plannedDialoguesOf(long trajectoryId) {
		return this.meetings.plannedOfType(trajectoryId, MeetingType.DIALOGUE_SESSION);
	}

	/**
	 * How many dialogues a national project has planned (not cancelled): one statement.
	 */
	public long countPlannedDialogues(long trajectoryId) {
		return this.meetings.countPlannedOfType(trajectoryId, MeetingType.DIALOGUE_SESSION);
	}

}
