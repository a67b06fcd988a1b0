package nl.nvp.goedegesprek.web;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Spring Security's MockMvc support ({@code csrf()}) puts its own session-based token
 * repository into the application's CSRF filter for good, so tests over real HTTP that
 * run after MockMvc tests in the same application would not see the application's own
 * (decision 30). They put it back with this.
 */
public final class ApplicationCsrfTokens {

	private ApplicationCsrfTokens() {
	}

	public static void restore(ApplicationContext application) {
		FilterChainProxy filters = application.getBean(FilterChainProxy.class);
		for (SecurityFilterChain chain : filters.getFilterChains()) {
			chain.getFilters()
				.stream()
				.filter(CsrfFilter.class::isInstance)
				.forEach((filter) -> ReflectionTestUtils.setField(filter, "tokenRepository", new BrowserCsrfTokens()));
		}
	}

}
