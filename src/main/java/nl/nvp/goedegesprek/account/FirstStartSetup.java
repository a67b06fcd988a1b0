package nl.nvp.goedegesprek.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo there is no default password. While no account exists, each start logs
 * a fresh one-time link with which the first national coordinator makes their account.
 */
@Component
@Profile("!demo & !test")
class FirstStartSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStartSetup.class);

	private final Accounts accounts;

	private final AccountSetup setup;

	FirstStartSetup(Accounts accounts, AccountSetup setup) {
		this.accounts = accounts;
		this.setup = setup;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.hasAccounts()) {
			return;
		}
		InvitationLink link = this.setup.issueSetupLink();
		log.warn("No accounts yet. The first national coordinator sets up their account with this one-time link "
				+ "(valid until {}): {}", link.expiresAt(), link.url());
	}

}
