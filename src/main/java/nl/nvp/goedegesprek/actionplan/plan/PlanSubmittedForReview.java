package nl.nvp.goedegesprek.actionplan.plan;

/**
 * A version of a trajectory's action plan went to the region's policymakers for review.
 * The event publication registry stores it until the mails went out, so it carries ids
 * only: {@link PlanReviewMails} reads the title and the recipients when it sends them.
 */
record PlanSubmittedForReview(long trajectoryId, int number) {
}
