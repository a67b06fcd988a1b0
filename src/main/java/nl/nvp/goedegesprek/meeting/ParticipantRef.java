package nl.nvp.goedegesprek.meeting;

import nl.nvp.goedegesprek.trajectory.StepType;

/**
 * A participant with a place, behind their personal link, as other modules see them:
 * which registration, which meeting (and its step) and trajectory, and whether the
 * participant is a child (whose pages say "je", decision 37). No personal data.
 */
public record ParticipantRef(long registrationId, long meetingId, long trajectoryId, String meetingTitle, StepType step,
		boolean child) {

	/**
	 * Whether ideas are prioritised at this participant's meeting (dialogue meeting 2).
	 */
	public boolean prioritises() {
		return this.step == StepType.DIALOGUE_MEETING_2;
	}

}
