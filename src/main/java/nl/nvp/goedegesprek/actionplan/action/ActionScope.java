package nl.nvp.goedegesprek.actionplan.action;

/**
 * Whether the region carries an action out, or the NVP takes it up nationally.
 */
public enum ActionScope {

	REGIONAL, NATIONAL

}
