package nl.nvp.goedegesprek.joining.request;

/** What the person who asks is interested in. */
public enum Interest {

	/** The whole trajectory, all seven steps. */
	WHOLE,
	/** Some of the steps. */
	PARTS,
	/** One half-day regional dialoogtafel. */
	DIALOGUE_TABLE,
	/** Only a question for now. */
	QUESTION;

	/**
	 * The trajectory variant (trajectory.TrajectoryVariant) that a request starts from.
	 */
	String variant() {
		return switch (this) {
			case PARTS -> "SUBSET";
			case DIALOGUE_TABLE -> "DIALOGUE_TABLE";
			case WHOLE, QUESTION -> "FULL";
		};
	}

}
