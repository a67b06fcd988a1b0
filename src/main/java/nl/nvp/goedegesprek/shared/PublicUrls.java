package nl.nvp.goedegesprek.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public address of the application ({@code goedegesprek.base-url}, set with
 * {@code GG_BASE_URL}), used in every link that is passed on: one-time links, personal
 * links in mails, survey links, the meeting's link to share.
 * <p>
 * When it is not set, a link shown to a logged-in person is built from the address of
 * their own request (scheme, host, port and context path, as the proxy passes them on),
 * so that it works for them. Nothing learned from a request is kept: a logged-in person
 * may send any {@code Host} header, and a remembered address would put a stranger's host
 * into other people's mails, with their personal links. Mails, and pages for visitors,
 * use {@value #UNTIL_KNOWN} until the address is set; the start logs a warning and
 * national coordinators see one.
 *
 * @param baseUrl the address as configured, with or without a trailing slash; empty when
 * not set
 */
@ConfigurationProperties("goedegesprek")
public record PublicUrls(String baseUrl) {

	public static final String UNTIL_KNOWN = "http://localhost:8080";

	public PublicUrls {
		baseUrl = (baseUrl == null) ? "" : baseUrl.strip();
		while (baseUrl.endsWith("/")) {
			baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
		}
	}

	/** Whether the public address is set ({@code GG_BASE_URL}). */
	public boolean configured() {
		return !this.baseUrl.isEmpty();
	}

	/**
	 * The absolute address of a path of this application.
	 * @param path starting with a slash, e.g. {@code /aanmelding/abc}
	 * @return the base URL followed by the path
	 */
	public String of(String path) {
		return base() + path;
	}

	/**
	 * The address links start with now: the configured one; without it, the logged-in
	 * person's own request's, else {@value #UNTIL_KNOWN}.
	 */
	public String base() {
		if (configured()) {
			return this.baseUrl;
		}
		String requested = fromLoggedInRequest();
		return (requested != null) ? requested : UNTIL_KNOWN;
	}

	private static String fromLoggedInRequest() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return ServletUriComponentsBuilder.fromContextPath(attributes.getRequest()).build().toUriString();
	}

}
