package nl.nvp.goedegesprek.shared;

import java.util.concurrent.atomic.AtomicReference;

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
 * When it is not set, links are built from the address a logged-in person uses (a
 * coordinator's request: scheme, host, port and context path, as the proxy passes them
 * on), and the last such address is remembered for mails sent without a request. Never
 * from a visitor's request: anyone can send any {@code Host} header, and a registration
 * whose confirmation link pointed to a stranger's host would hand that stranger the
 * personal link. Until someone has logged in, {@value #UNTIL_KNOWN} is used. National
 * coordinators see a warning while the address is not set, and the start logs one.
 *
 * @param baseUrl the address as configured, with or without a trailing slash; empty when
 * not set
 */
@ConfigurationProperties("goedegesprek")
public record PublicUrls(String baseUrl) {

	public static final String UNTIL_KNOWN = "http://localhost:8080";

	/**
	 * The address last seen in a logged-in person's request, when none is configured (one
	 * application per JVM).
	 */
	private static final AtomicReference<String> SEEN = new AtomicReference<>();

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

	/** The address links start with now: the configured one, or the one learned. */
	public String base() {
		if (configured()) {
			return this.baseUrl;
		}
		String requested = fromLoggedInRequest();
		if (requested != null) {
			SEEN.set(requested);
			return requested;
		}
		String seen = SEEN.get();
		return (seen != null) ? seen : UNTIL_KNOWN;
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

	/** Forgets the learned address (tests). */
	static void forget() {
		SEEN.set(null);
	}

}
