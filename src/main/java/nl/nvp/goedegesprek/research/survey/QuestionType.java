package nl.nvp.goedegesprek.research.survey;

/**
 * The kinds of survey question.
 */
public enum QuestionType {

	/** 1 to 5, with a label at each end. */
	SCALE,
	/** One of two or more options. */
	SINGLE_CHOICE,
	/** Any of two or more options. */
	MULTIPLE_CHOICE,
	/** Free text; read by coordinators only. */
	OPEN;

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	/** Whether answers are counted (as opposed to read). */
	public boolean isCounted() {
		return this != OPEN;
	}

}
