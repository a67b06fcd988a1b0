package nl.nvp.goedegesprek.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a failed login, shows the login form again with the e-mail address that was
 * typed, and one message for every kind of failure, so that it never tells whether an
 * account exists. (The attempt was counted before the password was checked, see
 * LoginThrottle.)
 */
class RememberUsernameFailureHandler implements AuthenticationFailureHandler {

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	private final String loginPath;

	private final String failureUrl;

	RememberUsernameFailureHandler(String loginPath, String failureUrl) {
		this.loginPath = loginPath;
		this.failureUrl = failureUrl;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		if (username != null && username.length() <= 254) {
			FlashMap flash = new FlashMap();
			flash.put("username", username);
			flash.setTargetRequestPath(request.getContextPath() + this.loginPath);
			FLASH.saveOutputFlashMap(flash, request, response);
		}
		response.sendRedirect(request.getContextPath() + this.failureUrl);
	}

}
