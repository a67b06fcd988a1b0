package nl.nvp.goedegesprek.meeting.planning;

public enum MeetingType {

	KICK_OFF, DIALOGUE_MEETING, DIALOGUE_TABLE,
	/** One of the many small dialogue sessions of a national project. */
	DIALOGUE_SESSION, OTHER

}
