package nl.nvp.goedegesprek.actionplan.plan;

/**
 * A version of a trajectory's action plan went to the region's policymakers for review:
 * {@link PlanReviewMails} queues their invitations in the same transaction.
 */
record PlanSubmittedForReview(long trajectoryId, int number) {
}
