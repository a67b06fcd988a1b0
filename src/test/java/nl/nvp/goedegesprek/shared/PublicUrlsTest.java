package nl.nvp.goedegesprek.shared;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links start with the configured public address; without one, a logged-in person's own
 * page uses their request's address, and nothing else does: not mails sent later, not a
 * visitor's request (issue 15).
 */
class PublicUrlsTest {

	private final PublicUrls missing = new PublicUrls("");

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void theConfiguredAddressWins() {
		PublicUrls configured = new PublicUrls(" https://goedegesprek.nvp.nl/ ");
		request("evil.example", login());
		assertThat(configured.configured()).isTrue();
		assertThat(configured.of("/aanmelden/x")).isEqualTo("https://goedegesprek.nvp.nl/aanmelden/x");
	}

	@Test
	void withoutAnAddressAVisitorsHostIsNeverUsed() {
		assertThat(this.missing.configured()).isFalse();
		assertThat(this.missing.of("/a")).isEqualTo(PublicUrls.UNTIL_KNOWN + "/a");
		request("evil.example", new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(this.missing.of("/a")).isEqualTo(PublicUrls.UNTIL_KNOWN + "/a");
		request("evil.example", null);
		assertThat(this.missing.of("/a")).isEqualTo(PublicUrls.UNTIL_KNOWN + "/a");
	}

	@Test
	void withoutAnAddressALoggedInPersonsOwnAddressIsUsedForThemAndNotRemembered() {
		request("gg.example", login());
		assertThat(this.missing.of("/a")).isEqualTo("https://gg.example/app/a");
		// Later, without a request (a mail sent by the outbox) or from a visitor: nothing
		// learned from that request (whose Host header the person chose) is used.
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
		assertThat(this.missing.of("/b")).isEqualTo(PublicUrls.UNTIL_KNOWN + "/b");
		request("evil.example", null);
		assertThat(this.missing.of("/c")).isEqualTo(PublicUrls.UNTIL_KNOWN + "/c");
	}

	private static Authentication login() {
		return UsernamePasswordAuthenticationToken.authenticated("coordinator", null,
				List.of(AuthorityUtils.createAuthorityList("ROLE_REGIONAL_COORDINATOR").get(0)));
	}

	private static void request(String host, Authentication authentication) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/app/trajecten");
		request.setScheme("https");
		request.setServerName(host);
		request.setServerPort(443);
		request.setContextPath("/app");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		SecurityContextHolder.clearContext();
		if (authentication != null) {
			SecurityContextHolder.getContext().setAuthentication(authentication);
		}
	}

}
