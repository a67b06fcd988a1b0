package nl.nvp.goedegesprek.actionplan.plan;

import java.util.List;

import nl.nvp.goedegesprek.account.Accounts;

/**
 * A version of a trajectory's action plan went to the region's policymakers for review.
 * Carries the recipients, so that the mail after the commit needs no database.
 */
record PlanSubmittedForReview(long trajectoryId, String trajectoryTitle, int number,
		List<Accounts.Person> policymakers) {

	@Override
	public String toString() {
		return "PlanSubmittedForReview[trajectory=" + this.trajectoryId + ", version=" + this.number + "]";
	}

}
