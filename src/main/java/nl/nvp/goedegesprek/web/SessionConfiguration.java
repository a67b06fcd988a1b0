package nl.nvp.goedegesprek.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.KeyedHash;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, decision 18), so that any instance
 * can serve any request: the security context, the CSRF token and flash messages are read
 * from the database at each request and written back when they change, encrypted
 * ({@link SessionAttributeCipher}), and the rows hold only keyed hashes of the session
 * ids ({@link HashedSessionIds}). Expired sessions are deleted every minute by each
 * instance (an idempotent delete). The tables come from Flyway (V26).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration implements BeanClassLoaderAware {

	private ClassLoader classLoader = SessionConfiguration.class.getClassLoader();

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Around Spring Session's filter: at the end of every request (and error dispatch)
	 * the repository forgets the session it saved ({@link HashedSessionIds}).
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> forgetSavedSessionAfterEachRequest() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HashedSessionIds.forgetSaved();
				try {
					chain.doFilter(request, response);
				}
				finally {
					HashedSessionIds.forgetSaved();
				}
			}

			@Override
			protected boolean shouldNotFilterAsyncDispatch() {
				return false;
			}

			@Override
			protected boolean shouldNotFilterErrorDispatch() {
				return false;
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	SessionAttributeCipher sessionAttributeCipher(KeyedHash hash) {
		return new SessionAttributeCipher(hash, this.classLoader);
	}

	/**
	 * The repository Spring Session's filter uses: the cookie carries the session id, the
	 * database only its keyed hash, and attributes are sealed per session and name
	 * ({@link HashedSessionIds}). Spring Boot configures Spring Session JDBC only while
	 * no other session repository is declared, so the JDBC repository it makes is wrapped
	 * once made (and still closed as itself at shutdown).
	 */
	@Bean
	static BeanPostProcessor hashedSessionIds(ObjectProvider<KeyedHash> hash,
			ObjectProvider<SessionAttributeCipher> cipher) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository stored) {
					return new HashedSessionIds(stored, hash.getObject(), cipher.getObject());
				}
				return bean;
			}
		};
	}

	/**
	 * The JDBC repository stores what {@link HashedSessionIds} hands it: hashed ids, made
	 * by its generator, and attributes already sealed.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> hashedIdsAndSealedAttributes(KeyedHash hash) {
		return (repository) -> {
			repository.setConversionService(SessionAttributeCipher.sealedBytesOnly());
			repository.setSessionIdGenerator(HashedSessionIds.storedIdGenerator(hash));
		};
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
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> accountIdAsPrincipalName(SessionAttributeCipher cipher) {
		String name = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
		return (repository) -> repository.setIndexResolver((session) -> {
			Object context = cipher.open(session.getId(), name, session.getAttribute(name));
			if (context instanceof SecurityContext security && security.getAuthentication() != null
					&& security.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
				return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
						Long.toString(principal.id()));
			}
			return Map.of();
		});
	}

}
