package nl.nvp.goedegesprek;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.RegistrationForm;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.TestDatabase;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.web.ApplicationCsrfTokens;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database, as behind a load balancer without sticky
 * sessions: the test suite's application (instance 1) and a second one started here on
 * another port, on the same database and mail server. A browser's requests go to either;
 * scheduled jobs and registrations run on both at once.
 */
@IntegrationTest
class TwoInstancesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static ConfigurableApplicationContext second;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext first;

	@Autowired
	private GreenMail greenMail;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	private String one;

	private String two;

	@BeforeEach
	void startSecondInstance() {
		// Pages opened on one instance and sent on the other: both with the application's
		// own CSRF tokens, as in production (MockMvc tests swap the first one's).
		ApplicationCsrfTokens.restore(this.first);
		if (second == null) {
			TestDatabase.Connection database = TestDatabase.get();
			// The same database (already migrated: Flyway finds nothing to do) and the
			// same
			// mail server; nothing is created or dropped.
			second = new SpringApplicationBuilder(GoedeGesprekApplication.class).profiles("test")
				.run("--server.port=0", "--spring.datasource.url=" + database.url(),
						"--spring.datasource.username=" + database.username(),
						"--spring.datasource.password=" + database.password(),
						"--spring.mail.port=" + this.greenMail.getSmtp().getPort(),
						// A small pool: a burst of registrations must not need more.
						"--spring.datasource.hikari.maximum-pool-size=4",
						"--spring.datasource.hikari.connection-timeout=5000");
		}
		this.one = "http://localhost:" + this.port;
		this.two = "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	static void stopSecondInstance() {
		if (second != null) {
			second.close();
			second = null;
		}
	}

	@Test
	void aCoordinatorLoggedInOnOneInstanceContinuesOnTheOther() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		Browser browser = new Browser();

		String loginPage = browser.get(this.one + "/inloggen").body();
		HttpResponse<String> login = browser.post(this.one + "/inloggen", Map.of("username", coordinator.getUsername(),
				"password", AccountFixtures.PASSWORD, "_csrf", csrf(loginPage)));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));

		// The session is in the database, named by the account's id; its attributes are
		// encrypted, so the address is nowhere in them.
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				Long.toString(coordinator.id())))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from spring_session_attributes where position(convert_to(?, 'UTF8') in attribute_bytes) > 0",
				Long.class, coordinator.getUsername()))
			.isZero();

		// A coordinator's page on the other instance, with the same session cookie.
		HttpResponse<String> onTwo = browser.get(this.two + "/trajecten/nieuw");
		assertThat(onTwo.statusCode()).isEqualTo(200);
		assertThat(onTwo.body()).contains("Ingelogd als " + coordinator.displayName());

		// A form from instance 1, sent to instance 2: its CSRF token holds there too, and
		// the flash message it leaves is shown by instance 1.
		String form = browser.get(this.one + "/trajecten/nieuw").body();
		HttpResponse<String> created = browser.post(this.two + "/trajecten", Map.of("title", "Twee servers",
				"regionCode", "JZ32", "variant", "FULL", "version", "0", "_csrf", csrf(form)));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/trajecten/\\d+");
		HttpResponse<String> shown = browser.get(this.one + URI.create(location).getPath());
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("Het traject is gemaakt.").contains("Twee servers");

		// Logging out on instance 2 ends the session on instance 1 as well.
		HttpResponse<String> logout = browser.post(this.two + "/uitloggen", Map.of("_csrf", csrf(shown.body())));
		assertThat(logout.statusCode()).isEqualTo(302);
		HttpResponse<String> after = browser.get(this.one + "/trajecten/nieuw");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/inloggen"));
	}

	@Test
	void aReminderDueOnBothInstancesAtOnceIsSentOnce() throws Exception {
		long trajectory = this.trajectories.create("JZ32", "Herinneringen op twee servers");
		String title = "Morgen op twee servers";
		MeetingFixtures.Created soon = this.meetings.create(trajectory, title, 10, Map.of(),
				TestClock.today().plusDays(1));
		for (String name : List.of("Anna", "Bas", "Cor", "Daan")) {
			this.meetings.confirmed(soon.id(), name, ParticipantRole.FOSTER_PARENT);
		}

		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Void>> runs = new ArrayList<>();
			for (ApplicationContext instance : List.of(this.first, second)) {
				Object job = instance.getBean("meetingReminders");
				runs.add(() -> {
					ReflectionTestUtils.invokeMethod(job, "sendDue");
					return null;
				});
			}
			for (Future<Void> done : instances.invokeAll(runs)) {
				done.get();
			}
		}
		finally {
			instances.shutdown();
		}
		assertThat(awaitReminders(title, 4)).isEqualTo(4);
		// Whatever was still on its way has arrived by now.
		Thread.sleep(1000);
		assertThat(reminders(title)).isEqualTo(4);
	}

	@Test
	void aBurstOfConfirmationsSplitOverBothInstancesNeverOverbooks() throws Exception {
		long trajectory = this.trajectories.create("JZ32", "Drukte op twee servers");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Vol op twee servers", 5, Map.of());
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			tokens.add(this.meetings.pending(meeting.id(), "Deelnemer " + i, ParticipantRole.FOSTER_PARENT));
		}
		// Each participant opens their link on one instance and confirms on the other.
		List<Callable<Integer>> confirmations = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			String open = (i % 2 == 0) ? this.one : this.two;
			String send = (i % 2 == 0) ? this.two : this.one;
			confirmations.add(() -> {
				Browser browser = new Browser();
				String page = browser.get(open + "/aanmelding/" + token).body();
				return browser.post(send + "/aanmelding/" + token + "/bevestigen", Map.of("_csrf", csrf(page)))
					.statusCode();
			});
		}
		ExecutorService participants = Executors.newFixedThreadPool(10);
		try {
			for (Future<Integer> status : participants.invokeAll(confirmations)) {
				assertThat(status.get()).isEqualTo(302);
			}
		}
		finally {
			participants.shutdown();
		}
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.CONFIRMED)).isEqualTo(5);
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.WAITLISTED)).isEqualTo(15);
	}

	@Test
	void aBurstOfRegistrationsOnBothInstancesMailsEveryoneExactlyOnce() throws Exception {
		long trajectory = this.trajectories.create("JZ32", "Aanmeldingen op twee servers");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Storm op twee servers", 100, Map.of());
		String tag = UUID.randomUUID().toString().substring(0, 8);
		List<Callable<Void>> registrations = new ArrayList<>();
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String email = "storm-" + i + "-" + tag + "@test.example";
			addresses.add(email);
			// Half on each instance; the second has a pool of four connections.
			Object bean = ((i % 2 == 0) ? this.first : second).getBean("registrations");
			RegistrationForm form = new RegistrationForm();
			form.setName("Storm " + i);
			form.setEmail(email);
			form.setRole(ParticipantRole.FOSTER_PARENT);
			form.setConsent(true);
			registrations.add(() -> {
				ReflectionTestUtils.invokeMethod(bean, "register", meeting.publicId(), form,
						Locale.forLanguageTag("nl"));
				return null;
			});
		}
		ExecutorService people = Executors.newFixedThreadPool(40);
		try {
			for (Future<Void> done : people.invokeAll(registrations)) {
				done.get();
			}
		}
		finally {
			people.shutdown();
		}
		// Both instances' senders take mails from the one outbox; each arrives once.
		long deadline = System.currentTimeMillis() + 20_000;
		while (addresses.stream().anyMatch((email) -> received(email) == 0) && System.currentTimeMillis() < deadline) {
			this.greenMail.waitForIncomingEmail(200, 1);
		}
		Thread.sleep(1500);
		for (String email : addresses) {
			assertThat(received(email)).as(email).isEqualTo(1);
		}
		assertThat(this.jdbc.queryForObject("""
				select count(*) from mail_outbox o join registration r on r.id = o.subject_id
				where o.kind = 'registration.CONFIRM_EMAIL' and r.meeting_id = ? and o.outcome = 'sent'
				  and o.attempts = 1 and o.sealed_token is null""", Long.class, meeting.id())).isEqualTo(40);
	}

	private long received(String email) {
		return Arrays.stream(this.greenMail.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.toString(message.getAllRecipients()).contains(email);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}

	private long reminders(String title) {
		return Arrays.stream(this.greenMail.getReceivedMessages())
			.filter((message) -> ("Binnenkort: " + title).equals(Mailbox.subject(message)))
			.count();
	}

	private long awaitReminders(String title, long expected) {
		long deadline = System.currentTimeMillis() + 10_000;
		long count = reminders(title);
		while (count < expected && System.currentTimeMillis() < deadline) {
			this.greenMail.waitForIncomingEmail(200, 1);
			count = reminders(title);
		}
		return count;
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	/**
	 * One browser: keeps its cookies (which, as browsers do, belong to the host whatever
	 * the port, so both instances get them) and does not follow redirects.
	 */
	private static final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		HttpResponse<String> get(String url) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
			String body = new LinkedHashMap<>(fields).entrySet()
				.stream()
				.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.client.send(HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(20))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
