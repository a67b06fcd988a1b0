package nl.nvp.goedegesprek.actionplan.action;

/**
 * Where an improvement action stands.
 */
public enum ActionStatus {

	PROPOSED, AGREED, IN_PROGRESS, DONE, STOPPED;

	/** Finished one way or another: no deadline to watch. */
	public boolean isClosed() {
		return this == DONE || this == STOPPED;
	}

}
