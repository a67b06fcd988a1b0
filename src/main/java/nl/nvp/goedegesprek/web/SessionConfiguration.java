package nl.nvp.goedegesprek.web;

import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.KeyedHash;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, decision 18), so that any instance
 * can serve any request: the security context, the CSRF token and flash messages are read
 * from the database at each request and written back when they change, encrypted
 * ({@link SessionAttributeCipher}). Expired sessions are deleted every minute by each
 * instance (an idempotent delete). The tables come from Flyway (V26).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration implements BeanClassLoaderAware {

	private ClassLoader classLoader = SessionConfiguration.class.getClassLoader();

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/** Attributes are stored encrypted, with the key derived from the hash secret. */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> encryptedSessionAttributes(KeyedHash hash) {
		SessionAttributeCipher cipher = new SessionAttributeCipher(hash, this.classLoader);
		return (repository) -> repository.setConversionService(cipher.conversionService());
	}

	/**
	 * Writes an attribute with an upsert, so that two requests of one session at the same
	 * moment (a page and its htmx call, say) that both set it do not clash.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionRepositoryCustomizer() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * A session's row names the account by its id, not by its e-mail address (Spring
	 * Session's default), so that the column holds no personal data and fits any address.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> accountIdAsPrincipalName() {
		return (repository) -> repository.setIndexResolver((session) -> {
			Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			if (context instanceof SecurityContext security && security.getAuthentication() != null
					&& security.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
				return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
						Long.toString(principal.id()));
			}
			return Map.of();
		});
	}

}
