package nl.nvp.goedegesprek.project.grouping;

/** The part of a day in which a dialogue takes place or a participant can come. */
public enum PartOfDay {

	MORNING, AFTERNOON, EVENING

}
