package nl.nvp.goedegesprek.actionplan.plan;

/**
 * Where a version of the action plan is: with the policymakers for review, adopted, or
 * replaced by a later version. (The concept is the plan as it is being written.)
 */
public enum VersionStatus {

	IN_REVIEW, ADOPTED, SUPERSEDED

}
