package nl.nvp.goedegesprek.web;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A logged-in user's requests do not each write the session's row: its last access is
 * written down once a minute at most ({@link HashedSessionIds#LAST_ACCESS_STEP}), so a
 * session in use still expires no more than a minute early.
 */
@IntegrationTest
class SessionLastAccessTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void lastAccessIsWrittenOnceAMinute() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.NATIONAL_COORDINATOR);
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = send(browser, get("/inloggen")).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + encode(coordinator.getUsername()) + "&password=" + encode(AccountFixtures.PASSWORD)
				+ "&_csrf=" + encode(org.springframework.web.util.HtmlUtils.htmlUnescape(csrf.group(1)));
		HttpResponse<String> login = send(browser,
				HttpRequest.newBuilder(url("/inloggen"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(send(browser, get("/trajecten")).statusCode()).isEqualTo(200);
		Instant first = lastAccess(coordinator);

		for (int request = 0; request < 3; request++) {
			assertThat(send(browser, get("/trajecten")).statusCode()).isEqualTo(200);
		}
		assertThat(lastAccess(coordinator)).as("requests within a minute write nothing").isEqualTo(first);

		// A minute and more later (the row is moved back instead of waiting).
		Instant earlier = first.minus(HashedSessionIds.LAST_ACCESS_STEP).minusSeconds(5);
		this.jdbc.sql(
				"update spring_session set last_access_time = ?, expiry_time = expiry_time - ? where principal_name = ?")
			.param(earlier.toEpochMilli())
			.param(Duration.between(earlier, first).toMillis())
			.param(Long.toString(coordinator.id()))
			.update();
		Instant before = Instant.now();
		assertThat(send(browser, get("/trajecten")).statusCode()).isEqualTo(200);
		assertThat(lastAccess(coordinator)).as("written down again")
			.isAfterOrEqualTo(before.minusMillis(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
	}

	private Instant lastAccess(AccountPrincipal account) {
		long millis = this.jdbc.sql("select last_access_time from spring_session where principal_name = ?")
			.param(Long.toString(account.id()))
			.query(Long.class)
			.single();
		return new Timestamp(millis).toInstant();
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(url(path)).GET();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) throws Exception {
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
