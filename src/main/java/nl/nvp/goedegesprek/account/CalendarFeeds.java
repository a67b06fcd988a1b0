package nl.nvp.goedegesprek.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's personal calendar feed: an address with a random token that a calendar
 * program reads without logging in (issue 15). Only the token's hash is kept, so the
 * address is shown once, when it is made; a new address replaces the old one, and
 * stopping deletes it. The feed is read as the account it belongs to, and only while that
 * account is active; it is deleted when the account is deactivated, gets another role or
 * is erased (AccountAdministration, Accounts.forget), so that it does not come back when
 * the account is active again.
 */
@Service
public class CalendarFeeds {

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, AccountRepository accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Whether this account has a feed now. */
	@Transactional(readOnly = true)
	public boolean has(long accountId) {
		return this.jdbc.sql("select count(*) > 0 from calendar_feed where account_id = ?")
			.param(accountId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Makes a new address for this account; an earlier one stops working.
	 * @return the token, to show once
	 */
	@Transactional
	public String renew(long accountId) {
		SecretToken token = SecretToken.generate();
		this.jdbc
			.sql("""
					insert into calendar_feed (account_id, token_hash, created_at) values (?, ?, ?)
					on conflict (account_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
			.params(accountId, token.hash(), java.sql.Timestamp.from(Instant.now(this.clock)))
			.update();
		return token.value();
	}

	/** Stops the feed: its address no longer works. */
	@Transactional
	public void stop(long accountId) {
		this.jdbc.sql("delete from calendar_feed where account_id = ?").param(accountId).update();
	}

	/** The active account whose feed this token opens, if any. */
	@Transactional(readOnly = true)
	public Optional<AccountPrincipal> owner(String token) {
		if (!SecretToken.plausible(token)) {
			return Optional.empty();
		}
		return this.jdbc.sql("select account_id from calendar_feed where token_hash = ?")
			.param(new SecretToken(token).hash())
			.query(Long.class)
			.optional()
			.flatMap(this.accounts::findById)
			.map(Account::toPrincipal)
			.filter(AccountPrincipal::isEnabled);
	}

}
