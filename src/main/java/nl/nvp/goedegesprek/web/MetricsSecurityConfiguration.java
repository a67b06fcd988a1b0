package nl.nvp.goedegesprek.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Prometheus endpoint ({@code /actuator/prometheus}) on the application's own port,
 * for the metrics scraper only: HTTP Basic with the user {@code prometheus} and the
 * password in {@code goedegesprek.metrics.password} (GG_METRICS_PASSWORD, at least 32
 * characters). Without a password nobody gets in. Accounts of the application, logged in
 * or not, never do. See decision 19.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

	static final String USER = "prometheus";

	@Bean
	@Order(0)
	SecurityFilterChain metricsFilterChain(HttpSecurity http,
			@Value("${goedegesprek.metrics.password:}") String password) throws Exception {
		if (!password.isEmpty() && password.length() < 32) {
			throw new IllegalStateException("goedegesprek.metrics.password (GG_METRICS_PASSWORD) must be empty "
					+ "(no access to the metrics) or at least 32 characters");
		}
		http.securityMatcher(EndpointRequest.to("prometheus"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole("METRICS"))
			.httpBasic(Customizer.withDefaults())
			.authenticationManager(new ProviderManager(List.of(new ScraperAuthentication(password))))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.requireExplicitSave(true))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * Compares the password in constant time; an empty configured password matches
	 * nothing.
	 */
	private record ScraperAuthentication(String password) implements AuthenticationProvider {

		@Override
		public Authentication authenticate(Authentication authentication) {
			String given = String.valueOf(authentication.getCredentials());
			boolean matches = !this.password.isEmpty() && USER.equals(authentication.getName()) && MessageDigest
				.isEqual(given.getBytes(StandardCharsets.UTF_8), this.password.getBytes(StandardCharsets.UTF_8));
			if (!matches) {
				throw new BadCredentialsException("Not the metrics scraper");
			}
			return UsernamePasswordAuthenticationToken.authenticated(USER, null,
					AuthorityUtils.createAuthorityList("ROLE_METRICS"));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
		}

		@Override
		public String toString() {
			return "ScraperAuthentication[…]";
		}

	}

}
