package nl.nvp.goedegesprek.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

	/**
	 * Spring Security's delegating encoder: bcrypt today, upgradable later without a
	 * migration.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Checks the password before whether the account is active, so that a deactivated
	 * account answers as slowly (and with the same message) as any wrong password.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(UserDetailsService userDetailsService,
			PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

	@Bean
	UserDetailsService userDetailsService(AccountRepository repository, TransactionTemplate transactions) {
		return (email) -> {
			if (email == null || email.length() > 254 || email.chars().anyMatch(Character::isISOControl)) {
				throw new UsernameNotFoundException("Not an e-mail address");
			}
			return transactions.execute((status) -> repository.findByEmail(email)
				.map(Account::toPrincipal)
				.orElseThrow(() -> new UsernameNotFoundException("Unknown account")));
		};
	}

}
