package nl.nvp.goedegesprek.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lock on a name for the rest of the current transaction (a PostgreSQL advisory lock),
 * for a rule that no row can carry: "no second record with this content", checked and
 * acted on by one request at a time. Two requests that lock the same name run one after
 * the other; the second sees what the first committed (decision 28). The name is only a
 * scope and ids, never personal data: it is hashed to a number, not stored.
 */
@Component
public class TransactionLocks {

	private final JdbcClient jdbc;

	TransactionLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits for and takes the lock on {@code scope} and {@code id} until the current
	 * transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(String scope, Object id) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param(scope + ":" + id)
			.query((rs, row) -> 1)
			.list();
	}

}
