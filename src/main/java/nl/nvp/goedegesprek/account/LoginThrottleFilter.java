package nl.nvp.goedegesprek.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.servlet.FlashMap;

/**
 * Stops a login attempt before the password is checked when the account or address must
 * wait.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	private final LoginThrottle throttle;

	private final String loginPath;

	public LoginThrottleFilter(LoginThrottle throttle, String loginPath) {
		this.throttle = throttle;
		this.loginPath = loginPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& this.loginPath.equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = request.getParameter("username");
		Optional<Duration> wait = this.throttle.waitBeforeAttempt(email, request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
		if (email != null && email.length() <= 254) {
			FlashMap flash = new FlashMap();
			flash.put("username", email);
			flash.setTargetRequestPath(request.getContextPath() + this.loginPath);
			FLASH.saveOutputFlashMap(flash, request, response);
		}
		response.sendRedirect(request.getContextPath() + this.loginPath + "?geblokkeerd=" + minutes);
	}

}
