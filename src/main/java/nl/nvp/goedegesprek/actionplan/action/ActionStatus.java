package nl.nvp.goedegesprek.actionplan.action;

/**
 * Where an improvement action stands.
 */
public enum ActionStatus {

	VOORGESTELD, AFGESPROKEN, IN_UITVOERING, AFGEROND, GESTOPT;

	/** Finished one way or another: no deadline to watch. */
	public boolean isClosed() {
		return this == AFGEROND || this == GESTOPT;
	}

}
