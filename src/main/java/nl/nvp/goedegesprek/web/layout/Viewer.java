package nl.nvp.goedegesprek.web.layout;

import java.util.Collection;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking at a page, for what the layout shows (the menu, the login link): read
 * once per request from the security context, instead of a security expression parsed and
 * evaluated for every menu item of every page. Only what is shown depends on it; every
 * route checks access itself.
 *
 * @param authenticated logged in
 * @param coordinator a national or regional coordinator
 * @param national a national coordinator
 */
public record Viewer(boolean authenticated, boolean coordinator, boolean national) {

	/**
	 * The request attribute that holds it (set for every request the dispatcher handles).
	 */
	public static final String ATTRIBUTE = "viewer";

	public static final Viewer ANONYMOUS = new Viewer(false, false, false);

	public static Viewer of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		boolean national = has(authorities, "ROLE_NATIONAL_COORDINATOR");
		return new Viewer(true, national || has(authorities, "ROLE_REGIONAL_COORDINATOR"), national);
	}

	private static boolean has(Collection<? extends GrantedAuthority> authorities, String authority) {
		return authorities.stream().anyMatch((granted) -> authority.equals(granted.getAuthority()));
	}

}
