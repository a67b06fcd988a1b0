package nl.nvp.goedegesprek.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * A freshly made one-time link, shown once to the person who passes it on. Serializable:
 * it is handed to the next page as a flash attribute, which lives in the session (in
 * PostgreSQL, decision 18) until that page is shown.
 */
record InvitationLink(String url, Instant expiresAt) implements Serializable {
}
