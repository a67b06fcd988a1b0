package nl.nvp.goedegesprek.account;

import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's accounts, one per role (and a second region), all with the password
 * that the README and the login page show. Made on the first demo start of a day
 * (decision 21).
 */
@Component
@Profile("demo")
@Order(1)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "goedegesprek-demo";

	private final AccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	DemoAccounts(AccountRepository repository, PasswordEncoder passwordEncoder) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.repository.count() > 0) {
			return;
		}
		add("landelijk@goedegesprek.example", "Lotte de Vries", Role.NATIONAL_COORDINATOR, Set.of());
		add("nijmegen@goedegesprek.example", "Sanne Jansen", Role.REGIONAL_COORDINATOR, Set.of("JZ32"));
		add("brabant@goedegesprek.example", "Ahmed El Amrani", Role.REGIONAL_COORDINATOR, Set.of("JZ34"));
		add("beleid.nijmegen@goedegesprek.example", "Pieter Bakker", Role.POLICYMAKER, Set.of("JZ32"));
		add("beleid.brabant@goedegesprek.example", "Fatma Yilmaz", Role.POLICYMAKER, Set.of("JZ34"));
	}

	private void add(String email, String name, Role role, Set<String> regions) {
		Account account = new Account(email, name, role, regions);
		account.setPassword(this.passwordEncoder.encode(PASSWORD));
		this.repository.save(account);
	}

}
