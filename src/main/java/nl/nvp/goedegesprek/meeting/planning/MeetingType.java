package nl.nvp.goedegesprek.meeting.planning;

import nl.nvp.goedegesprek.trajectory.StepType;

public enum MeetingType {

	KICK_OFF, DIALOGUE_MEETING, DIALOGUE_TABLE,
	/** One of the many small dialogue sessions of a national project. */
	DIALOGUE_SESSION, OTHER;

	/** The kind of meeting a step holds (a new meeting of that step starts with it). */
	static MeetingType of(StepType step) {
		return switch (step) {
			case KICK_OFF -> KICK_OFF;
			case DIALOGUE_MEETING_1, DIALOGUE_MEETING_2 -> DIALOGUE_MEETING;
			case DIALOGUE_TABLE -> DIALOGUE_TABLE;
			case DIALOGUES -> DIALOGUE_SESSION;
			default -> OTHER;
		};
	}

}
