package nl.nvp.goedegesprek.account;

import java.time.Instant;

/**
 * A freshly made one-time link: the stored link's id, its raw token and address (to be
 * mailed through the outbox, or, for the first-start set-up, logged), and until when it
 * works. Never kept: the token lives on only sealed in the outbox until the mail is sent.
 */
record InvitationLink(long invitationId, String token, String url, Instant expiresAt) {

	@Override
	public String toString() {
		return "InvitationLink[" + this.invitationId + "]";
	}

}
