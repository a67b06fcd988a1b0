package nl.nvp.goedegesprek.account;

import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts for tests, each with a unique e-mail address and the same known password.
 */
@TestComponent
public class AccountFixtures {

	public static final String PASSWORD = "test-wachtwoord-2026";

	private final AccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transactions;

	AccountFixtures(AccountRepository repository, PasswordEncoder passwordEncoder, TransactionTemplate transactions) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.transactions = transactions;
	}

	public AccountPrincipal create(Role role, String... regionCodes) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return this.transactions.execute((status) -> {
			Account account = new Account(role.name().toLowerCase() + "-" + tag + "@test.example",
					"Test " + role.name().toLowerCase() + " " + tag, role, Set.of(regionCodes));
			account.setPassword(this.passwordEncoder.encode(PASSWORD));
			return this.repository.saveAndFlush(account).toPrincipal();
		});
	}

	/** The principal as it is now in the database (after a version change, say). */
	public AccountPrincipal reload(long id) {
		return this.transactions.execute((status) -> this.repository.findById(id).orElseThrow().toPrincipal());
	}

}
