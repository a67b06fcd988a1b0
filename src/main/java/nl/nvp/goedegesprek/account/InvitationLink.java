package nl.nvp.goedegesprek.account;

import java.time.Instant;

/**
 * A freshly made one-time link, shown once to the person who passes it on.
 */
record InvitationLink(String url, Instant expiresAt) {
}
