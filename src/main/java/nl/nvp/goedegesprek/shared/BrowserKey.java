package nl.nvp.goedegesprek.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What tells one browser from another, also when it has no session: the browser's CSRF
 * secret (random, 128 bits or more, kept in its session or, without one, in an HTTP-only
 * cookie; decision 30). Every tab of a browser has the same; another browser, or the same
 * one after logging in or out, has another. Use it where a session id was used to
 * recognise a browser, so that anonymous pages need no session. Never store it as it is:
 * only a keyed hash of it.
 */
public final class BrowserKey {

	/**
	 * The request attribute in which the CSRF token repository leaves the raw secret of
	 * the token it loaded or made.
	 */
	public static final String ATTRIBUTE = BrowserKey.class.getName();

	private BrowserKey() {
	}

	/**
	 * This browser's key. Loads the CSRF token when that has not happened yet in this
	 * request. When another CSRF token repository is in place that leaves no secret
	 * (Spring Security's MockMvc support puts its own in), the session's id stands in, as
	 * before decision 30: the session is then made when there is none.
	 */
	public static String of(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			// The token is loaded (or made) when first asked for.
			token.getToken();
		}
		if (request.getAttribute(ATTRIBUTE) instanceof String key) {
			return key;
		}
		return request.getSession().getId();
	}

}
