package nl.nvp.goedegesprek.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
