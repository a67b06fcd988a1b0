package nl.nvp.goedegesprek.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Takes each login attempt from the throttle's buckets before the password is checked,
 * and sends it back to the login page with the time to wait when it must wait.
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
		Optional<Duration> wait = this.throttle.tryAttempt(request);
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
		String email = request.getParameter("username");
		if (email != null && email.length() <= 254) {
			FlashMap flash = new FlashMap();
			flash.put("username", email);
			flash.setTargetRequestPath(request.getContextPath() + this.loginPath);
			FLASH.saveOutputFlashMap(flash, request, response);
		}
		response.sendRedirect(request.getContextPath() + this.loginPath + "?geblokkeerd=" + minutes);
	}

}
