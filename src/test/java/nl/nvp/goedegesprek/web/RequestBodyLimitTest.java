package nl.nvp.goedegesprek.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies through the real server (Tomcat parses multipart bodies, MockMvc does
 * not): over 5 MB only on the two output upload paths; elsewhere a larger body is refused
 * with 413 before it is read, and one of unknown length (chunked) with 411, and nothing
 * is saved (RequestBodyLimitFilter, decision 42).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBodyLimitTest {

	private static final int SIX_MB = 6 * 1024 * 1024;

	private static final String BOUNDARY = "----grens" + UUID.randomUUID().toString().replace("-", "");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	private long trajectoryId;

	private String registration;

	@BeforeAll
	void meeting() {
		this.trajectoryId = this.trajectories.create("JZ32", "Grote verzoeken");
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectoryId, "Grote verzoeken", 50, Map.of());
		this.registration = "/aanmelden/" + meeting.publicId();
	}

	/**
	 * The public registration form sent as multipart with an extra file part: small, it
	 * is read and saved as any registration (so a large one would be too, without the
	 * limit); with a 6 MB part, declared or chunked, it is refused and nothing is saved.
	 */
	@Test
	void aLargeBodyOnAFormRouteIsRefusedAndSavesNothing() throws Exception {
		String small = "klein-" + UUID.randomUUID() + "@test.example";
		Answer accepted = send("POST", this.registration, registrationForm(small, 1024), false);
		assertThat(accepted.status()).as("a small multipart registration").isEqualTo(302);
		assertThat(registrations(small)).isEqualTo(1);

		String declared = "groot-" + UUID.randomUUID() + "@test.example";
		String before = snapshot();
		Answer tooLarge = send("POST", this.registration, registrationForm(declared, SIX_MB), false);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.title()).isEqualTo("Te veel gegevens – Goede Gesprek");
		assertThat(tooLarge.body()).contains("<main id=\"inhoud\"").contains("site-footer");
		assertThat(tooLarge.headers()).containsEntry("x-frame-options", "DENY").containsKey("content-security-policy");
		assertThat(tooLarge.headers()).doesNotContainKey("location");

		String chunked = "in-stukken-" + UUID.randomUUID() + "@test.example";
		Answer unknownLength = send("POST", this.registration, registrationForm(chunked, SIX_MB), true);
		assertThat(unknownLength.status()).isEqualTo(411);
		Answer smallUnknownLength = send("POST", this.registration, registrationForm(chunked, 1024), true);
		assertThat(smallUnknownLength.status()).as("no length: not read at all").isEqualTo(411);

		assertThat(registrations(declared) + registrations(chunked)).isZero();
		assertThat(snapshot()).as("nothing saved").isEqualTo(before);
	}

	/**
	 * On the upload paths a 6 MB body is read as usual: here, without a session, the
	 * access rules answer (to log in), not the size limit.
	 */
	@Test
	void theUploadPathsTakeMore() throws Exception {
		for (String path : List.of("/trajecten/" + this.trajectoryId + "/opbrengsten/nieuw",
				"/trajecten/" + this.trajectoryId + "/opbrengsten/123/bewerken")) {
			Answer answer = send("POST", path, multipart(Map.of("title", "Groot"), SIX_MB), false);
			assertThat(answer.status()).as(path).isNotEqualTo(413).isNotEqualTo(411).isLessThan(500);
		}
		// Another path under the same trajectory is not an upload path.
		Answer other = send("POST", "/trajecten/" + this.trajectoryId + "/opbrengsten/123/publiceren",
				multipart(Map.of("version", "0"), SIX_MB), false);
		assertThat(other.status()).isEqualTo(413);
	}

	private long registrations(String email) {
		return this.jdbc.sql("select count(*) from registration where email = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	/** The rows a refused form might have written, as one text. */
	private String snapshot() {
		return this.jdbc.sql("""
				select (select count(*) || ':' || coalesce(md5(string_agg(r::text, ',' order by r.id)), '')
				          from registration r)
				    || '/' || (select count(*) from mail_outbox)""").query(String.class).single();
	}

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** A valid registration of an adult, with a file part of {@code padding} bytes. */
	private byte[] registrationForm(String email, int padding) throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + this.registration + "?voor=volwassene"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		return multipart(Map.of("name", "Kim", "email", email, "role", "FOSTER_PARENT", "consent", "true", "_csrf",
				HtmlUtils.htmlUnescape(csrf.group(1))), padding);
	}

	private static byte[] multipart(Map<String, String> fields, int padding) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream(padding + 4096);
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"bijlage\"; filename=\"groot.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		byte[] filler = new byte[padding];
		Arrays.fill(filler, (byte) 'x');
		body.write(filler);
		body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private record Answer(int status, String body, Map<String, String> headers) {

		String title() {
			Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(this.body);
			return title.find() ? HtmlUtils.htmlUnescape(title.group(1)) : "(no title)";
		}

	}

	/**
	 * One request written on a socket, with the browser's cookies, as multipart, with its
	 * length declared or chunked, the connection closed after the answer.
	 */
	private Answer send(String method, String path, byte[] body, boolean chunked) throws Exception {
		// HTTP/1.0 with a declared length, so that the answer is not chunked; chunked
		// needs
		// HTTP/1.1.
		StringBuilder head = new StringBuilder(method + " " + path + (chunked ? " HTTP/1.1" : " HTTP/1.0") + "\r\n");
		head.append("Host: localhost:").append(this.port).append("\r\n");
		head.append("Accept: text/html\r\nConnection: close\r\n");
		head.append("Referer: http://localhost:").append(this.port).append(path).append("\r\n");
		String cookie = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.map((c) -> c.getName() + "=" + c.getValue())
			.reduce((a, b) -> a + "; " + b)
			.orElse("");
		if (!cookie.isEmpty()) {
			head.append("Cookie: ").append(cookie).append("\r\n");
		}
		head.append("Content-Type: multipart/form-data; boundary=").append(BOUNDARY).append("\r\n");
		head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
		head.append("\r\n");
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			try {
				if (chunked) {
					for (int offset = 0; offset < body.length; offset += 65_536) {
						int size = Math.min(65_536, body.length - offset);
						out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
						out.write(body, offset, size);
						out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
					}
					out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
				}
				else {
					out.write(body);
				}
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before the whole body is sent.
			}
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			String text = answer.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			assertThat(end).as("the answer to %s %s", method, path).isPositive();
			Map<String, String> headers = new java.util.HashMap<>();
			text.substring(0, end)
				.lines()
				.skip(1)
				.filter((line) -> line.indexOf(':') > 0)
				.forEach((line) -> headers.putIfAbsent(
						line.substring(0, line.indexOf(':')).trim().toLowerCase(java.util.Locale.ROOT),
						line.substring(line.indexOf(':') + 1).trim()));
			int status = Integer.parseInt(text.substring(0, text.indexOf("\r\n")).split(" ")[1]);
			return new Answer(status, text.substring(end + 4), headers);
		}
	}

}
