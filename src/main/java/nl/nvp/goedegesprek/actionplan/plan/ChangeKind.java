package nl.nvp.goedegesprek.actionplan.plan;

/**
 * How an action changed from one version of the plan to the next.
 */
enum ChangeKind {

	ADDED, CHANGED, REMOVED

}
