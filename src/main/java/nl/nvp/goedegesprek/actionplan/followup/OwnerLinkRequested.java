package nl.nvp.goedegesprek.actionplan.followup;

/**
 * A coordinator asked to mail an action's contact person a new personal link. The event
 * publication registry stores this event until the mail went out, so it carries the
 * action's id only: {@link ActionOwnerMails} makes the link and reads the address when it
 * sends the mail, so that no raw token, address or name is ever stored with the event.
 */
record OwnerLinkRequested(long actionId) {
}
