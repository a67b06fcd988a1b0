package nl.nvp.goedegesprek.project.signup;

import java.sql.Timestamp;
import java.time.Clock;

import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal links to a sign-up, as the hashes of their tokens: the raw token is only
 * returned, to be sealed in the mail that carries it, never stored.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SignUpLinks {

	private final JdbcClient jdbc;

	private final Clock clock;

	SignUpLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new personal link to the sign-up, which ends the one before it (the newest mail
	 * holds the link); returns its token, to mail and never to store.
	 */
	String issue(long id) {
		// One at a time per sign-up, so that exactly one link works afterwards.
		this.jdbc.sql("select id from project_sign_up where id = ? for update").param(id).query(Long.class).single();
		this.jdbc.sql("update project_sign_up_link set ended_at = ? where sign_up_id = ? and ended_at is null")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
		return issueAnother(id);
	}

	/**
	 * One more link beside those that work: whoever only knows someone's address (and
	 * signs up with it again) must not be able to end that person's link.
	 */
	String issueAnother(long id) {
		SecretToken token = SecretToken.generate();
		this.jdbc.sql("insert into project_sign_up_link (sign_up_id, token_hash, created_at) values (?, ?, ?)")
			.params(id, token.hash(), Timestamp.from(this.clock.instant()))
			.update();
		return token.value();
	}

}
