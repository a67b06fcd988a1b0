package nl.nvp.goedegesprek.account;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records who created and last changed an entity, as an account id.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentAccount")
class AuditingConfiguration {

	@Bean
	AuditorAware<Long> currentAccount() {
		return () -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
				return Optional.of(principal.id());
			}
			return Optional.empty();
		};
	}

}
