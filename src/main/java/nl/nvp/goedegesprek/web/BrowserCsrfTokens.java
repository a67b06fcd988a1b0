package nl.nvp.goedegesprek.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.nvp.goedegesprek.shared.BrowserKey;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a browser's CSRF secret is kept (decision 30): in its session when it has one (a
 * logged-in user, or a participant after sending a form), else in an HTTP-only cookie
 * (Spring Security's double-submit cookie). So a visitor of a public page gets no
 * session, and no row in the session table, for the form on it; the form is still
 * protected: a request is only carried out when it carries the token of the cookie (or
 * session). At login and logout the secret is dropped from both and a new one made.
 * <p>
 * The secret it loads or makes is left in the request for {@link BrowserKey}.
 */
final class BrowserCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "gg-csrf";

	private static final String HEADER = "X-CSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	BrowserCsrfTokens() {
		this.sessions.setHeaderName(HEADER);
		this.cookies.setHeaderName(HEADER);
		this.cookies.setCookieName(COOKIE);
		this.cookies.setCookieCustomizer((cookie) -> cookie.sameSite("Lax").httpOnly(true));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		boolean session = request.getSession(false) != null;
		if (token == null) {
			if (session) {
				this.sessions.saveToken(null, request, response);
			}
			if (this.cookies.loadToken(request) != null) {
				this.cookies.saveToken(null, request, response);
			}
			request.removeAttribute(BrowserKey.ATTRIBUTE);
			return;
		}
		if (session) {
			this.sessions.saveToken(token, request, response);
		}
		else {
			this.cookies.saveToken(token, request, response);
		}
		request.setAttribute(BrowserKey.ATTRIBUTE, token.getToken());
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken token = (request.getSession(false) != null) ? this.sessions.loadToken(request) : null;
		if (token == null) {
			token = this.cookies.loadToken(request);
		}
		if (token != null) {
			request.setAttribute(BrowserKey.ATTRIBUTE, token.getToken());
		}
		return token;
	}

}
