package nl.nvp.goedegesprek.meeting.registration;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.SentTwice;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.web.ApplicationCsrfTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand people confirm their registration for a meeting of a hundred places at the
 * same moment, over HTTP against the running application, each as a browser of its own:
 * they opened the personal link from their mail (the page with the confirm button and its
 * CSRF token), and all press the button at once. Exactly a hundred get a place, the other
 * nine hundred are on the waitlist, every one of them is answered (no server error, no
 * refusal) and told where they stand, and each gets exactly one mail saying so.
 * <p>
 * Confirming has no rate limit of its own (the personal link is the secret); the
 * registration form's limit per client address
 * ({@code goedegesprek.registration-throttle}, raised only in the benchmark profile) does
 * not come into play here, and its default is shown to hold by
 * {@code RegistrationFormTest.tooManyRegistrationsFromOneAddressAreRefused}. The
 * registrations themselves are made through the domain (as a thousand registrations from
 * one address over HTTP would be refused by that limit, as they should).
 */
@IntegrationTest
class RegistrationBurstOverHttpTest {

	private static final int PEOPLE = 1000;

	private static final int PLACES = 100;

	private static final String CONFIRMED_MESSAGE = "Uw aanmelding is bevestigd. U heeft een plek.";

	private static final String WAITLISTED_MESSAGE = "Uw aanmelding is bevestigd. De bijeenkomst is vol: u staat op de wachtlijst.";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext application;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private GreenMail greenMail;

	@Autowired
	private MeterRegistry meters;

	/**
	 * Real browsers send the application's own CSRF tokens; MockMvc tests of the shared
	 * application swap them (decision 30).
	 */
	@BeforeEach
	void theApplicationsOwnCsrfTokens() {
		ApplicationCsrfTokens.restore(this.application);
	}

	@Test
	void aThousandConfirmingAtOnceForAHundredPlacesGiveAHundredPlacesAndNineHundredOnTheWaitlist() throws Exception {
		String title = "Drukte " + UUID.randomUUID().toString().substring(0, 8);
		long trajectory = this.trajectories.create("JZ32", "Duizend tegelijk");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, title, PLACES, Map.of());
		long making = System.nanoTime();
		List<String> tokens = pending(meeting.id());
		long made = System.nanoTime();
		double poolTimeoutsBefore = poolTimeouts();

		ExecutorService handlers = Executors.newFixedThreadPool(16);
		HttpClient http = HttpClient.newBuilder()
			.executor(handlers)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(30))
			.build();
		try {
			// Everyone opens the link in their mail: the page with the confirm button.
			List<Browser> people = join(tokens.stream().map((token) -> open(http, token)).toList());
			long pagesOpen = System.nanoTime();

			// And presses it at the same moment: every request is sent when the gate
			// opens, each on a connection of its own.
			CompletableFuture<Void> gate = new CompletableFuture<>();
			AtomicInteger inFlight = new AtomicInteger();
			AtomicInteger mostAtOnce = new AtomicInteger();
			List<CompletableFuture<Answer>> pressed = people.stream().map((person) -> gate.thenCompose((open) -> {
				mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
				return confirm(http, person).whenComplete((answer, failure) -> inFlight.decrementAndGet());
			})).toList();
			long start = System.nanoTime();
			gate.complete(null);
			List<Answer> answers = join(pressed);
			long burstEnd = System.nanoTime();

			assertThat(answers).hasSize(PEOPLE);
			assertThat(mostAtOnce.get()).as("confirmations under way at the same moment").isGreaterThan(PLACES);
			assertThat(answers).as("every confirmation is answered with the page that says where one stands")
				.allSatisfy((answer) -> {
					assertThat(answer.confirmStatus()).isEqualTo(302);
					assertThat(answer.pageStatus()).isEqualTo(200);
				});
			Map<RegistrationStatus, Long> told = answers.stream()
				.collect(Collectors.groupingBy(Answer::told, Collectors.counting()));
			assertThat(told).containsExactlyInAnyOrderEntriesOf(Map.of(RegistrationStatus.CONFIRMED, (long) PLACES,
					RegistrationStatus.WAITLISTED, (long) (PEOPLE - PLACES)));

			// The database agrees, with everyone and for each person what they were told.
			assertThat(this.meetings.count(meeting.id(), RegistrationStatus.CONFIRMED)).isEqualTo(PLACES);
			assertThat(this.meetings.count(meeting.id(), RegistrationStatus.WAITLISTED)).isEqualTo(PEOPLE - PLACES);
			assertThat(this.meetings.count(meeting.id(), RegistrationStatus.PENDING)).isZero();
			assertThat(registrations(meeting.id())).isEqualTo(PEOPLE);
			Map<String, Person> byLink = people(meeting.id());
			for (int i = 0; i < PEOPLE; i++) {
				Answer answer = answers.get(i);
				assertThat(byLink.get(new SecretToken(answer.token()).hash()).status()).as("person %d's status", i)
					.isEqualTo(answer.told());
			}

			// No request waited in vain for a database connection.
			assertThat(poolTimeouts()).as("connection pool timeouts").isEqualTo(poolTimeoutsBefore);

			// One mail each, of the kind that matches, in the outbox and in the mailbox.
			awaitOutbox(meeting.id());
			long mailed = System.nanoTime();
			assertThat(outbox(meeting.id())).containsExactlyInAnyOrderEntriesOf(Map.of("registration.CONFIRMED sent",
					(long) PLACES, "registration.WAITLISTED sent", (long) (PEOPLE - PLACES)));
			Map<String, List<String>> mails = mails(title);
			assertThat(mails).as("people with mail about this meeting").hasSize(PEOPLE);
			int person = 0;
			for (Person registered : byLink.values()) {
				String expected = (registered.status() == RegistrationStatus.CONFIRMED) ? "U bent aangemeld: " + title
						: "U staat op de wachtlijst: " + title;
				assertThat(mails.get(registered.email())).as("mail to person %d", person++).containsExactly(expected);
			}
			System.out.printf(
					"Registration burst: %d registrations made in %d ms, confirm pages opened in %d ms, "
							+ "%d confirmations (up to %d under way at once) answered in %d ms, "
							+ "all mails sent %d ms later%n",
					PEOPLE, millis(making, made), millis(made, pagesOpen), PEOPLE, mostAtOnce.get(),
					millis(start, burstEnd), millis(burstEnd, mailed));
		}
		finally {
			handlers.shutdownNow();
		}
	}

	/** One browser with the confirm page open: its CSRF cookie and the page's token. */
	private record Browser(String token, String cookies, String csrf) {
	}

	/** What a person saw: the answers to their confirmation and the page it led to. */
	private record Answer(String token, int confirmStatus, int pageStatus, RegistrationStatus told) {
	}

	private record Person(String email, RegistrationStatus status) {
	}

	private CompletableFuture<Browser> open(HttpClient http, String token) {
		return http.sendAsync(request("/aanmelding/" + token).build(), HttpResponse.BodyHandlers.ofString())
			.thenApply((page) -> {
				assertThat(page.statusCode()).as("the confirm page").isEqualTo(200);
				Optional<String> csrf = SentTwice.csrfToken(page.body());
				assertThat(csrf).as("the confirm page has its form").isPresent();
				return new Browser(token, cookies(page, ""), HtmlUtils.htmlUnescape(csrf.get()));
			});
	}

	private CompletableFuture<Answer> confirm(HttpClient http, Browser browser) {
		String form = "_csrf=" + URLEncoder.encode(browser.csrf(), StandardCharsets.UTF_8);
		HttpRequest.Builder post = request("/aanmelding/" + browser.token() + "/bevestigen")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (!browser.cookies().isEmpty()) {
			post.header("Cookie", browser.cookies());
		}
		return http.sendAsync(post.build(), HttpResponse.BodyHandlers.ofString()).thenCompose((confirmed) -> {
			if (confirmed.statusCode() != 302) {
				return CompletableFuture.completedFuture(
						new Answer(browser.token(), confirmed.statusCode(), 0, RegistrationStatus.PENDING));
			}
			// The browser follows the redirect to the personal page with the message.
			HttpRequest.Builder get = request(
					URI.create(confirmed.headers().firstValue("Location").orElseThrow()).getPath());
			String cookies = cookies(confirmed, browser.cookies());
			if (!cookies.isEmpty()) {
				get.header("Cookie", cookies);
			}
			return http.sendAsync(get.build(), HttpResponse.BodyHandlers.ofString())
				.thenApply((page) -> new Answer(browser.token(), confirmed.statusCode(), page.statusCode(),
						told(page.body())));
		});
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60));
	}

	private static RegistrationStatus told(String page) {
		String text = HtmlUtils.htmlUnescape(page);
		boolean confirmed = text.contains(CONFIRMED_MESSAGE);
		boolean waitlisted = text.contains(WAITLISTED_MESSAGE);
		if (confirmed == waitlisted) {
			return RegistrationStatus.PENDING;
		}
		return confirmed ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
	}

	/** The cookies a browser sends after this answer (name=value pairs). */
	private static String cookies(HttpResponse<?> response, String before) {
		Map<String, String> cookies = new HashMap<>();
		Arrays.stream(before.split("; ")).filter((pair) -> !pair.isEmpty()).forEach((pair) -> {
			String[] parts = pair.split("=", 2);
			cookies.put(parts[0], parts[1]);
		});
		for (String header : response.headers().allValues("Set-Cookie")) {
			String[] parts = header.split(";", 2)[0].split("=", 2);
			cookies.put(parts[0], parts[1]);
		}
		return cookies.entrySet()
			.stream()
			.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	private List<String> pending(long meetingId) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			return join(IntStream.range(0, PEOPLE)
				.mapToObj((i) -> CompletableFuture.supplyAsync(
						() -> this.meetings.pending(meetingId, "Deelnemer " + i, ParticipantRole.FOSTER_PARENT), pool))
				.toList());
		}
		finally {
			pool.shutdown();
		}
	}

	private static <T> List<T> join(List<CompletableFuture<T>> futures) {
		CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
		return futures.stream().map(CompletableFuture::join).toList();
	}

	private long registrations(long meetingId) {
		return this.jdbc.sql("select count(*) from registration where meeting_id = ?")
			.param(meetingId)
			.query(Long.class)
			.single();
	}

	/** Everyone registered for the meeting, by the hash of their personal link. */
	private Map<String, Person> people(long meetingId) {
		Map<String, Person> byHash = new HashMap<>();
		this.jdbc.sql("""
				select l.token_hash, r.email, r.status from registration r
				join registration_link l on l.registration_id = r.id
				where r.meeting_id = ?""").param(meetingId).query((rs) -> {
			byHash.put(rs.getString(1), new Person(rs.getString(2), RegistrationStatus.valueOf(rs.getString(3))));
		});
		assertThat(byHash).hasSize(PEOPLE);
		return byHash;
	}

	/**
	 * The meeting's registration mails in the outbox: how many of each kind and outcome.
	 */
	private Map<String, Long> outbox(long meetingId) {
		Map<String, Long> rows = new HashMap<>();
		this.jdbc.sql("""
				select o.kind || ' ' || coalesce(o.outcome, 'queued'), count(*)
				from mail_outbox o join registration r on r.id = o.subject_id
				where r.meeting_id = ? and o.kind like 'registration.%'
				group by 1""").param(meetingId).query((rs) -> {
			rows.put(rs.getString(1), rs.getLong(2));
		});
		return rows;
	}

	private void awaitOutbox(long meetingId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
		while (this.jdbc.sql("""
				select count(*) from mail_outbox o join registration r on r.id = o.subject_id
				where r.meeting_id = ? and o.kind like 'registration.%' and o.outcome is null""")
			.param(meetingId)
			.query(Long.class)
			.single() > 0) {
			assertThat(System.nanoTime()).as("mails still queued after 45 s").isLessThan(deadline);
			this.greenMail.waitForIncomingEmail(200, 1);
		}
	}

	/** The subjects of the mails about this meeting, by recipient. */
	private Map<String, List<String>> mails(String title) {
		Map<String, List<String>> byRecipient = new HashMap<>();
		for (MimeMessage message : this.greenMail.getReceivedMessages()) {
			String subject = Mailbox.subject(message);
			if (subject == null || !subject.endsWith(": " + title)) {
				continue;
			}
			try {
				for (var recipient : message.getAllRecipients()) {
					byRecipient.computeIfAbsent(recipient.toString(), (key) -> new ArrayList<>()).add(subject);
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return byRecipient;
	}

	private double poolTimeouts() {
		var counters = this.meters.find("hikaricp.connections.timeout").counters();
		assertThat(counters).as("the connection pool's timeout counter").isNotEmpty();
		return counters.stream().mapToDouble((counter) -> counter.count()).sum();
	}

}
