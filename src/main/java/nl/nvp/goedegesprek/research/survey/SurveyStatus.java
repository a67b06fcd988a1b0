package nl.nvp.goedegesprek.research.survey;

/**
 * Where a survey is: being built, open for answers (between its dates), or closed.
 */
public enum SurveyStatus {

	DRAFT, OPEN, CLOSED

}
