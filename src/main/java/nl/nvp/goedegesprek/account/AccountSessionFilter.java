package nl.nvp.goedegesprek.account;

import java.io.IOException;
import java.util.Optional;
import java.util.function.LongFunction;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was deactivated, reset or changed (role, regions) since
 * the person logged in, at their next request, on whichever application instance serves
 * it.
 */
public class AccountSessionFilter extends OncePerRequestFilter {

	private final LongFunction<Optional<Accounts.SessionCheck>> checks;

	private final String loginPath;

	public AccountSessionFilter(Accounts accounts, String loginPath) {
		this.checks = accounts.sessionChecks();
		this.loginPath = loginPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			boolean valid = this.checks.apply(principal.id())
				.map((check) -> check.active() && check.version() == principal.version())
				.orElse(false);
			if (!valid) {
				new SecurityContextLogoutHandler().logout(request, response, authentication);
				response.sendRedirect(request.getContextPath() + this.loginPath + "?verlopen");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
