package nl.nvp.goedegesprek.meeting.planning;

public enum MeetingType {

	STARTBIJEENKOMST, DIALOOGBIJEENKOMST, DIALOOGTAFEL,
	/** One of the many small dialogue sessions of a national project. */
	DIALOOGSESSIE, ANDERS

}
