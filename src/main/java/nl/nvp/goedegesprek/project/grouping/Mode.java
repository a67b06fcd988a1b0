package nl.nvp.goedegesprek.project.grouping;

/**
 * How a dialogue takes place, or how a participant wants to take part. A dialogue is
 * {@link #ONLINE} or {@link #IN_PERSON}; a participant may also say {@link #EITHER}.
 */
public enum Mode {

	ONLINE, IN_PERSON, EITHER;

	/**
	 * Whether a participant who chose this mode can join a dialogue held in the given
	 * mode.
	 */
	boolean allows(Mode dialogue) {
		return this == EITHER || this == dialogue;
	}

}
