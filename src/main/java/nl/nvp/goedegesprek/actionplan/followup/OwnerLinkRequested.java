package nl.nvp.goedegesprek.actionplan.followup;

/**
 * A coordinator asked to mail an action's contact person a new personal link:
 * {@link ActionOwnerMails} makes the link and queues the mail in the same transaction.
 */
record OwnerLinkRequested(long actionId) {
}
