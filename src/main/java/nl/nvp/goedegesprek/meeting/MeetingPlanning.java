package nl.nvp.goedegesprek.meeting;

import java.util.List;

import nl.nvp.goedegesprek.meeting.planning.Meetings;

import org.springframework.stereotype.Service;

/**
 * The meetings of a trajectory, for other modules (such as the harvest of the dialogue
 * meetings). Planning and running meetings happens in {@code meeting.planning}.
 */
@Service
public class MeetingPlanning {

	private final Meetings meetings;

	MeetingPlanning(Meetings meetings) {
		this.meetings = meetings;
	}

	/**
	 * A trajectory's meetings, oldest first, as other modules refer to them (no
	 * participants' data; the caller checks who may see the trajectory).
	 */
	public List<MeetingRef> meetingsOf(long trajectoryId) {
		return this.meetings.meetingsOf(trajectoryId);
	}

}
