package nl.nvp.goedegesprek.actionplan;

/**
 * Whether the region carries an action out, or the NVP takes it up nationally.
 */
public enum ActionScope {

	REGIONAL, NATIONAL

}
