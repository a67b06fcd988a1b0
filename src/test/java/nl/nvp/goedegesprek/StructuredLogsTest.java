package nl.nvp.goedegesprek;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.support.SentTwice;
import nl.nvp.goedegesprek.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * README ("Stopping and logs"): with {@code LOGGING_STRUCTURED_FORMAT_CONSOLE} set to
 * {@code ecs} or {@code logstash}, every line the application writes to standard output
 * is one JSON object. The application is started as in production: in a JVM of its own
 * (logging is configured once per JVM), with the main class, no profile, its settings
 * from environment variables, and without the test classes on its class path (their
 * logback-test.xml would replace Spring Boot's logging configuration). Its own lines are
 * logged from the start (Tomcat's port), on the first request (the DispatcherServlet's
 * initialisation), as a warning (no accounts yet: the set-up link) and on the stop. A
 * failed login's e-mail address and password appear nowhere in its output, nor does the
 * token of a personal link that was asked for in ways that go wrong (the set-up link of
 * the first start is logged on purpose: it is how the first account is made).
 */
class StructuredLogsTest {

	private static final String MAIN = "nl.nvp.goedegesprek.GoedeGesprekApplication";

	private static final Pattern TOMCAT_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final String EMAIL = "structured.logs.probe@voorbeeld.nl";

	private static final String PASSWORD = "Geheim-StructuredLogs-4711";

	/**
	 * Shaped as SecretToken makes them (43 URL-safe Base64 characters), recognisable in
	 * any output.
	 */
	private static final String TOKEN = "LogProbeToken0123456789abcdefghijklmnopqrst";

	/**
	 * Every route whose path holds a personal link's token (grep "{token}" in
	 * src/main/java).
	 */
	private static final List<String> TOKEN_ROUTES = List.of("/aanmelding/", "/agenda/", "/gespreksleider/",
			"/instellen/", "/oogst-invoer/", "/project-toestemming/", "/stemmen/", "/toestemming/", "/uitnodiging/",
			"/voortgang/", "/vragenlijst/");

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "ecs", "logstash" })
	void everyLineOnStandardOutputIsOneJsonObject(String format) throws Exception {
		TestDatabase.Connection database = TestDatabase.fresh();
		// No profile: production's own settings (the test profile would also leave out
		// the
		// first start's warning). C1 only: a quicker start, the same logging.
		ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-XX:TieredStopAtLevel=1", "-cp",
				applicationClassPath(), MAIN, "--server.port=0");
		Map<String, String> environment = builder.environment();
		environment.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", format);
		environment.put("SPRING_DATASOURCE_URL", database.url());
		environment.put("SPRING_DATASOURCE_USERNAME", database.username());
		environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
		environment.put("GG_HASH_KEY", "structured-logs-test-0123456789abcdefghijklmnop");
		environment.remove("SPRING_PROFILES_ACTIVE");
		environment.remove("SPRING_MAIL_HOST");
		Process application = builder.start();
		Lines stdout = new Lines(application.getInputStream(), "stdout-" + format);
		Lines stderr = new Lines(application.getErrorStream(), "stderr-" + format);
		try {
			String startup = stdout.await(TOMCAT_PORT, Duration.ofSeconds(60), application);
			Matcher port = TOMCAT_PORT.matcher(startup);
			assertThat(port.find()).isTrue();
			failedLogin("http://localhost:" + port.group(1));
			personalLinks(Integer.parseInt(port.group(1)));
		}
		finally {
			stop(application);
			stdout.join();
			stderr.join();
		}
		List<String> output = stdout.lines();
		String everything = String.join("\n", output) + "\n" + String.join("\n", stderr.lines());
		assertThat(everything).as("personal data in the output").doesNotContain(EMAIL).doesNotContain(PASSWORD);
		assertThat(everything).as("a personal link's token in the output").doesNotContain(TOKEN);
		assertThat(application.exitValue()).as("exit value after SIGTERM; stderr:\n%s", stderr.text()).isIn(0, 143);

		List<JsonNode> objects = new ArrayList<>();
		for (String line : output) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode object;
			try {
				object = JSON.readTree(line);
			}
			catch (RuntimeException ex) {
				throw new AssertionError("Not a JSON line (" + format + "): " + line, ex);
			}
			assertThat(object.isObject()).as("a JSON object: %s", line).isTrue();
			assertThat(object.path("@timestamp").asString()).as("@timestamp of %s", line).isNotBlank();
			assertThat(level(object, format)).as("level of %s", line).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
			assertThat(object.path("message").isString()).as("message of %s", line).isTrue();
			objects.add(object);
		}
		List<String> messages = objects.stream().map((object) -> object.path("message").asString()).toList();
		assertThat(messages).as("the start")
			.anySatisfy((message) -> assertThat(message).contains("Started GoedeGesprekApplication"))
			.anySatisfy((message) -> assertThat(message).containsPattern(TOMCAT_PORT));
		assertThat(messages).as("the first request")
			.anySatisfy((message) -> assertThat(message).contains("Initializing Spring DispatcherServlet"));
		assertThat(messages).as("the stop")
			.anySatisfy((message) -> assertThat(message).contains("Commencing graceful shutdown"));
		assertThat(objects).as("a warning: no accounts yet").anySatisfy((object) -> {
			assertThat(level(object, format)).isEqualTo("WARN");
			assertThat(object.path("message").asString()).startsWith("No accounts yet.");
		});
	}

	private static String level(JsonNode object, String format) {
		return ("ecs".equals(format) ? object.path("log").path("level") : object.path("level")).asString();
	}

	/**
	 * A login with an address and password that match no account, through the login form
	 * (its CSRF token from the page); answered with the form again.
	 */
	private static void failedLogin(String base) throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> page = client.send(
				HttpRequest.newBuilder(URI.create(base + "/inloggen")).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		Optional<String> csrf = SentTwice.csrfToken(page.body());
		assertThat(csrf).as("CSRF token on the login page").isPresent();
		String form = "username=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.get(), StandardCharsets.UTF_8);
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/inloggen"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as("the failed login").isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).as("the failed login's redirect")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/inloggen?fout"));
	}

	/**
	 * Requests on personal links (their path holds the token) that go wrong in every way
	 * a server might log: an unknown token, a page under it that does not exist, a method
	 * the route does not take, a form without its CSRF token, a path the firewall
	 * refuses, and characters that Tomcat refuses before the application sees the request
	 * (its first such refusal is logged at INFO with the request line). Written on a
	 * socket, as a browser or a mistyped link would send them, unchanged.
	 */
	private static void personalLinks(int port) throws IOException {
		for (String route : TOKEN_ROUTES) {
			String path = route + TOKEN + (route.equals("/agenda/") ? ".ics" : "");
			send(port, "GET " + path + " HTTP/1.1");
			send(port, "GET " + path + "/bestaat-niet HTTP/1.1");
			send(port, "PUT " + path + " HTTP/1.1");
			send(port, "POST " + path + " HTTP/1.1");
			send(port, "GET " + path + "?x=%zz HTTP/1.1");
			send(port, "GET " + route + "x/../" + TOKEN + "/..;/x HTTP/1.1");
			send(port, "GET " + path + "//x HTTP/1.1");
			send(port, "GET " + path + "%2Fx HTTP/1.1");
			send(port, "GET " + path + "|{x} HTTP/1.1");
		}
	}

	/** One request with this request line; the answer is read and not looked at. */
	private static void send(int port, String requestLine) throws IOException {
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream()
				.write((requestLine + "\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			String status = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
				.readLine();
			assertThat(status).as("the answer to %s", requestLine).startsWith("HTTP/1.1 ");
		}
	}

	/**
	 * SIGTERM, as the platform stops it; killed if it has not stopped in time. Through
	 * its ProcessHandle: Process.destroy() also closes our end of its standard output,
	 * and what it logs while stopping would be lost.
	 */
	private static void stop(Process application) throws InterruptedException {
		application.toHandle().destroy();
		if (!application.waitFor(45, TimeUnit.SECONDS)) {
			application.destroyForcibly();
			application.waitFor(10, TimeUnit.SECONDS);
			fail("The application did not stop within 45 s of SIGTERM");
		}
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * The test JVM's class path without the test classes (and their logback-test.xml).
	 */
	private static String applicationClassPath() {
		List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !Path.of(entry).endsWith("test-classes"))
			.toList();
		assertThat(entries).as("the application's classes on the class path")
			.anySatisfy((entry) -> assertThat(Path.of(entry)).endsWith(Path.of("target", "classes")));
		return entries.stream().collect(Collectors.joining(File.pathSeparator));
	}

	/**
	 * Reads a stream line by line on a thread of its own, so the process never blocks.
	 */
	private static final class Lines {

		private final List<String> lines = new ArrayList<>();

		private final Thread reader;

		Lines(InputStream stream, String name) {
			this.reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
					String line;
					while ((line = in.readLine()) != null) {
						synchronized (this.lines) {
							this.lines.add(line);
							this.lines.notifyAll();
						}
					}
				}
				catch (IOException ex) {
					// The process is gone; what was read is kept.
				}
			}, name);
			this.reader.setDaemon(true);
			this.reader.start();
		}

		/** The first line that contains the pattern, waiting for it. */
		String await(Pattern pattern, Duration timeout, Process process) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			int seen = 0;
			synchronized (this.lines) {
				while (true) {
					for (; seen < this.lines.size(); seen++) {
						if (pattern.matcher(this.lines.get(seen)).find()) {
							return this.lines.get(seen);
						}
					}
					long left = deadline - System.nanoTime();
					if (left <= 0 || !process.isAlive() && !this.reader.isAlive()) {
						throw new AssertionError("No line with \"" + pattern + "\" within " + timeout + ":\n"
								+ String.join("\n", this.lines));
					}
					TimeUnit.NANOSECONDS.timedWait(this.lines, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
				}
			}
		}

		void join() throws InterruptedException {
			this.reader.join(TimeUnit.SECONDS.toMillis(10));
		}

		List<String> lines() {
			synchronized (this.lines) {
				return List.copyOf(this.lines);
			}
		}

		String text() {
			return String.join("\n", lines());
		}

	}

}
