package nl.nvp.goedegesprek.project.dialogue;

import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Facilitators' links and remarks for tests, written as the application writes them (only
 * the token's hash kept).
 */
public final class FacilitatorLinkFixture {

	private FacilitatorLinkFixture() {
	}

	/** A link working for a week; returns its token. */
	public static String link(JdbcClient jdbc, long trajectoryId, long meetingId, String label) {
		SecretToken token = SecretToken.generate();
		jdbc.sql("""
				insert into facilitator_link (trajectory_id, meeting_id, label, token_hash, expires_at, created_at)
				values (?, ?, ?, ?, now() + interval '7 days', now())""")
			.params(trajectoryId, meetingId, label, token.hash())
			.update();
		return token.value();
	}

	/** A remark entered through the link with this token; returns its id. */
	public static long remark(JdbcClient jdbc, String token, String kind, String text) {
		return jdbc.sql("""
				insert into dialogue_remark (trajectory_id, meeting_id, kind, text, facilitator_link_id, created_at,
				changed_at)
				select trajectory_id, meeting_id, ?, ?, id, now(), now() from facilitator_link where token_hash = ?
				returning id""").params(kind, text, SecretToken.sha256(token)).query(Long.class).single();
	}

	public static long linkId(JdbcClient jdbc, String token) {
		return jdbc.sql("select id from facilitator_link where token_hash = ?")
			.param(SecretToken.sha256(token))
			.query(Long.class)
			.single();
	}

}
