package nl.nvp.goedegesprek.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.response.SurveyResponses;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor of a public page gets no session (decision 30): the registration page, the
 * survey, the login page and the other public pages make no row in the session table and
 * set no session cookie, though they carry a form. The form's CSRF secret is in a cookie;
 * a form sent without it is refused, and one sent with it is carried out. Over real HTTP,
 * as a browser does.
 */
@IntegrationTest
class PublicPagesWithoutSessionTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext application;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private ResearchFixtures research;

	/**
	 * Spring Security's MockMvc support ({@code csrf()}) puts its own session-based token
	 * repository into the application's CSRF filter for good; other tests of this shared
	 * application use it. This test checks the application's own.
	 */
	@BeforeEach
	void theApplicationsOwnCsrfTokens() {
		ApplicationCsrfTokens.restore(this.application);
	}

	@Test
	void publicPagesWithAFormMakeNoSession() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Zonder sessie " + UUID.randomUUID(),
				coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Open avond", 20, Map.of());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		this.jdbc.sql("""
				insert into output (trajectory_id, kind, title, summary, output_date, link, published_at, created_at,
				changed_at) values (?, 'BLOG', 'Blog', 'Samenvatting', date '2026-11-01', 'https://www.nvp-plein.nl/',
				now(), now(), now())""").param(trajectory).update();
		List<String> pages = List.of("/aanmelden/" + meeting.publicId(),
				"/vragenlijst/" + survey.token(Audience.FOSTER_FAMILIES), "/inloggen", "/", "/privacy",
				"/toegankelijkheid", "/doe-mee", "/doe-mee/aanvragen", "/doe-mee/verstuurd", "/opbrengsten",
				"/opbrengsten?soort=BLOG", "/opbrengsten/trajecten/" + trajectory, "/opbrengsten/feed.atom");
		long sessions = sessions();
		for (String page : pages) {
			HttpResponse<String> response = get(page, Map.of());
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertThat(cookies(response)).as("%s sets no session cookie", page).doesNotContainKey("SESSION");
		}
		assertThat(sessions()).as("no session rows").isEqualTo(sessions);
	}

	@Test
	void theFormOfAPublicPageNeedsTheCookiesSecretAndThenWorks() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Formulier " + UUID.randomUUID(), coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		String token = survey.token(Audience.FOSTER_FAMILIES);
		String path = "/vragenlijst/" + token;

		HttpResponse<String> page = get(path, Map.of());
		Map<String, String> browser = cookies(page);
		assertThat(browser).containsKey(BrowserCsrfTokens.COOKIE);
		String csrf = csrf(page);
		String answers = answers(token);

		assertThat(post(path, answers + "&_csrf=" + encode(csrf), Map.of()).statusCode())
			.as("without the cookie's secret")
			.isEqualTo(403);
		assertThat(post(path, answers + "&_csrf=" + encode("x" + csrf), browser).statusCode()).as("with another token")
			.isEqualTo(403);
		assertThat(responses(survey.surveyId())).isZero();

		HttpResponse<String> sent = post(path, answers + "&_csrf=" + encode(csrf), browser);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/bedankt"));
		assertThat(responses(survey.surveyId())).isEqualTo(1);
	}

	@Test
	void staticFilesSetNoCookie() throws Exception {
		HttpResponse<String> page = get("/inloggen", Map.of());
		Matcher stylesheet = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(page.body());
		assertThat(stylesheet.find()).as("the page links to the content-hashed stylesheet").isTrue();
		HttpResponse<String> css = get(stylesheet.group(1), Map.of());
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().allValues("Set-Cookie")).isEmpty();
	}

	private String answers(String token) {
		SurveyResponses.Form form = this.research.form(token);
		return form.questions().stream().map((question) -> "q" + question.id() + "=" + switch (question.type()) {
			case SCALE -> "4";
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> "0";
			case OPEN -> "Prima";
		}).collect(Collectors.joining("&"));
	}

	private long sessions() {
		return this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	private long responses(long surveyId) {
		return this.jdbc.sql("select count(*) from survey_response where survey_id = ?")
			.param(surveyId)
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
		cookies(request, cookies);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form, Map<String, String> cookies) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		cookies(request, cookies);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void cookies(HttpRequest.Builder request, Map<String, String> cookies) {
		if (!cookies.isEmpty()) {
			request.header("Cookie",
					cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
	}

	private static Map<String, String> cookies(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((header) -> header.substring(0, header.indexOf(';') > 0 ? header.indexOf(';') : header.length()))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0], (pair) -> pair[1], (a, b) -> b));
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("the page has a form").isTrue();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(csrf.group(1));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
