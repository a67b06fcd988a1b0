package nl.nvp.goedegesprek.project.signup;

/** How someone can take part in a dialogue. */
public enum Mode {

	ONLINE, IN_PERSON, EITHER;

	/** Whether someone with this answer can come to a dialogue held this way. */
	boolean fits(Mode dialogue) {
		return this == EITHER || this == dialogue;
	}

}
