package nl.nvp.goedegesprek.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.response.SurveyResponses;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.research.survey.QuestionType;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.MailOutage;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Prometheus endpoint on the application's port: closed to everyone but the scraper
 * with its password, and showing the domain's counts after the things they count happen,
 * without personal data.
 */
@IntegrationTest
class MetricsEndpointTest {

	private static final String PASSWORD = "test-only-metrics-0123456789abcdefghijklmnop";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JavaMailSender mailSender;

	@Test
	void theEndpointIsClosedToAnyoneButTheScraperWithItsPassword() throws Exception {
		assertThat(scrape(null).statusCode()).isEqualTo(401);
		assertThat(scrape("prometheus:not-the-password-0123456789abcdefghijklmnop").statusCode()).isEqualTo(401);
		assertThat(scrape("someone@test.example:" + PASSWORD).statusCode()).isEqualTo(401);
		assertThat(scrape("prometheus:" + PASSWORD).statusCode()).isEqualTo(200);
		// Being logged in to the application is no way in either, whatever the role.
		for (Role role : Role.values()) {
			AccountPrincipal account = this.accounts.create(role, "JZ32");
			MockHttpServletResponse response = this.mvc.perform(get("/actuator/prometheus").with(user(account)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(role.name()).isIn(401, 403);
			assertThat(response.getContentAsString()).doesNotContain("goedegesprek_");
		}
		// Nor is a real session of a logged-in national coordinator, on the real port.
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String session = login(national.getUsername());
		HttpResponse<String> withSession = this.http.send(
				HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Cookie", session).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withSession.statusCode()).isEqualTo(401);
		assertThat(this.http
			.send(HttpRequest.newBuilder(uri("/accounts")).header("Cookie", session).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("the session itself works").isEqualTo(200);
		// The scraper's password opens nothing else.
		HttpResponse<String> other = this.http.send(HttpRequest.newBuilder(uri("/accounts"))
			.header("Authorization", basic("prometheus:" + PASSWORD))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(other.statusCode()).isNotEqualTo(200);
	}

	@Test
	void registrationsLoginFailuresSurveyAnswersAndMailsAreCountedWithoutPersonalData() throws Exception {
		String before = body();
		long trajectory = this.trajectories.create("JZ32", "Gemeten");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Een plaats", 1, Map.of());

		// Registered, then the same address again, then a robot.
		String email = "gemeten-" + UUID.randomUUID() + "@test.example";
		this.mvc.perform(register(meeting, email, "Gemeten Persoon"));
		this.mvc.perform(register(meeting, email, "Gemeten Persoon"));
		this.mvc.perform(register(meeting, "robot-" + UUID.randomUUID() + "@test.example", "Robot").param("website",
				"http://spam.example"));
		// One place: the first to confirm gets it, the second goes on the waitlist.
		String first = this.meetings.pending(meeting.id(), "Eerste Persoon", ParticipantRole.FOSTER_PARENT);
		String second = this.meetings.pending(meeting.id(), "Tweede Persoon", ParticipantRole.FOSTER_PARENT);
		this.mvc.perform(post("/aanmelding/" + first + "/bevestigen").with(csrf()));
		this.mvc.perform(post("/aanmelding/" + second + "/bevestigen").with(csrf()));
		// A wrong password.
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		this.mvc.perform(post("/inloggen").with(csrf())
			.param("username", coordinator.getUsername())
			.param("password", "niet-het-wachtwoord")
			.with((request) -> {
				request.setRemoteAddr("10.77." + (int) (Math.random() * 250) + ".1");
				return request;
			}));
		// A survey answer.
		long surveyed = this.trajectories.createRunning("JZ32", "Gevraagd", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(surveyed, coordinator);
		String token = survey.token(Audience.FOSTER_FAMILIES);
		MockHttpServletRequestBuilder answer = post("/vragenlijst/" + token).with(csrf());
		for (SurveyResponses.AskedQuestion question : this.research.form(token).questions()) {
			answer.param("q" + question.id(), (question.type() == QuestionType.OPEN) ? "Mijn woorden" : "1");
		}
		assertThat(this.mvc.perform(answer).andReturn().getResponse().getStatus()).isEqualTo(302);
		// The mail asking to confirm the address went out.
		this.mailbox.await(email, 1);

		String after = body();
		assertThat(delta(before, after, "goedegesprek_registrations_total", "outcome=\"registered\"")).isEqualTo(1);
		assertThat(delta(before, after, "goedegesprek_registrations_total", "outcome=\"already-registered\""))
			.isEqualTo(1);
		assertThat(delta(before, after, "goedegesprek_registrations_total", "outcome=\"refused\"")).isEqualTo(1);
		assertThat(delta(before, after, "goedegesprek_registrations_total", "outcome=\"confirmed\"")).isEqualTo(1);
		assertThat(delta(before, after, "goedegesprek_registrations_total", "outcome=\"waitlisted\"")).isEqualTo(1);
		assertThat(delta(before, after, "goedegesprek_logins_failed_total", "reason=\"bad-credentials\"")).isEqualTo(1);
		assertThat(delta(before, after, "goedegesprek_survey_responses_total", "")).isEqualTo(1);
		// Counted as sent by the instance that sent it. Other application contexts of the
		// test run (kept in Spring's context cache) share the database and its outbox,
		// and
		// now and then one of them sends a mail first; this context's sender is woken at
		// once by its own commit, so another registration is sent here.
		double sent = sentSince(before, after);
		for (int attempt = 0; sent < 1 && attempt < 5; attempt++) {
			String again = "gemeten-" + UUID.randomUUID() + "@test.example";
			this.mvc.perform(register(meeting, again, "Gemeten Persoon"));
			this.mailbox.await(again, 1);
			long deadline = System.nanoTime() + java.time.Duration.ofSeconds(2).toNanos();
			while ((sent = sentSince(before, body())) < 1 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
		}
		assertThat(sent).as("confirmation mails counted as sent by this instance").isGreaterThanOrEqualTo(1);
		after = body();

		// Nothing about the people: no address, name, token or link in any metric.
		assertThat(after).doesNotContain("@")
			.doesNotContain("Gemeten Persoon")
			.doesNotContain("Eerste Persoon")
			.doesNotContain(first)
			.doesNotContain(token)
			.doesNotContain(meeting.publicId().toString());
	}

	/**
	 * While the mail server is down, a mail that cannot be sent is counted as failed and
	 * the backlog gauges show it waiting and, after a few tries, failing; once the server
	 * is back and the mail is sent, both gauges go down again.
	 */
	@Test
	void failedMailsAndTheBacklogAreShown() throws Exception {
		String before = body();
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Storing gemeten"),
				"Tijdens de storing", 10, Map.of());
		String email = "storing-" + UUID.randomUUID() + "@test.example";
		String failed = "kind=\"registration-confirm-email\",outcome=\"failed\"";
		try (MailOutage outage = MailOutage.begin(this.mailSender)) {
			this.mvc.perform(register(meeting, email, "Gestoorde Persoon"));
			String during = scrapeUntil((scrape) -> value(scrape, "goedegesprek_mails_failing", "") >= 1
					&& delta(before, scrape, "goedegesprek_mails_total", failed) >= 1);
			assertThat(delta(before, during, "goedegesprek_mails_total", failed)).isGreaterThanOrEqualTo(1);
			assertThat(value(during, "goedegesprek_mails_queued", "")).isGreaterThanOrEqualTo(1);
			assertThat(value(during, "goedegesprek_mails_failing", "")).isGreaterThanOrEqualTo(1);
			double queued = value(during, "goedegesprek_mails_queued", "");
			double failing = value(during, "goedegesprek_mails_failing", "");

			outage.start();
			String after = scrapeUntil((scrape) -> value(scrape, "goedegesprek_mails_queued", "") < queued
					&& value(scrape, "goedegesprek_mails_failing", "") < failing);
			assertThat(value(after, "goedegesprek_mails_queued", "")).isLessThan(queued);
			assertThat(value(after, "goedegesprek_mails_failing", "")).isLessThan(failing);
			assertThat(after).doesNotContain("@").doesNotContain("Gestoorde Persoon");
		}
	}

	/** Scrapes until the condition holds (up to 30 seconds); the last scrape. */
	private String scrapeUntil(Predicate<String> condition) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		String scrape = body();
		while (!condition.test(scrape) && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			scrape = body();
		}
		return scrape;
	}

	/** Logs in on the real port; the session cookie. */
	private String login(String email) throws IOException, InterruptedException {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(uri("/inloggen")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(AccountFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> loggedIn = this.http.send(HttpRequest.newBuilder(uri("/inloggen"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		return loggedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(cookie.split("=")[0] + "="))
			.findFirst()
			.map((value) -> value.split(";")[0])
			.orElse(cookie);
	}

	private static MockHttpServletRequestBuilder register(MeetingFixtures.Created meeting, String email, String name) {
		return post("/aanmelden/" + meeting.publicId()).with(csrf()).with((request) -> {
			request.setRemoteAddr("10.78." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
			return request;
		}).param("name", name).param("email", email).param("role", "FOSTER_PARENT").param("consent", "true");
	}

	private String body() throws IOException, InterruptedException {
		HttpResponse<String> response = scrape("prometheus:" + PASSWORD);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> scrape(String credentials) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/actuator/prometheus")).GET();
		if (credentials != null) {
			request.header("Authorization", basic(credentials));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private static double sentSince(String before, String after) {
		return delta(before, after, "goedegesprek_mails_total", "kind=\"registration-confirm-email\",outcome=\"sent\"");
	}

	private static double delta(String before, String after, String name, String tags) {
		return value(after, name, tags) - value(before, name, tags);
	}

	/** The value of a sample in the text format, 0 when it is not there yet. */
	private static double value(String scrape, String name, String tags) {
		Pattern sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{([^}]*)\\})? (\\S+)");
		double sum = 0;
		Matcher matcher = sample.matcher(scrape);
		while (matcher.find()) {
			String labels = (matcher.group(2) != null) ? matcher.group(2) : "";
			if (labels.contains(tags)) {
				sum += Double.parseDouble(matcher.group(3));
			}
		}
		return sum;
	}

}
