package nl.nvp.goedegesprek.account;

/**
 * An account as other modules show it: to choose a coordinator or name who changed
 * something.
 */
public record AccountSummary(long id, String displayName, Role role) {
}
