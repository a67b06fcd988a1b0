package nl.nvp.goedegesprek.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.nvp.goedegesprek.output.editing.OutputKind;
import nl.nvp.goedegesprek.output.editing.OutputRepository;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Coordinators make, check, publish, withdraw and delete a trajectory's outputs; drafts
 * and their files stay internal; files are served with safe headers (decision 42).
 */
@IntegrationTest
class OutputEditingTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private OutputFixtures outputs;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private OutputRepository repository;

	private AccountPrincipal coordinator;

	private long trajectory;

	@BeforeEach
	void trajectory() {
		this.coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ11");
		this.trajectory = this.trajectories.createRunning("JZ11", "Opbrengsten", this.coordinator.id());
	}

	private MockMultipartHttpServletRequestBuilder form(String title) {
		MockMultipartHttpServletRequestBuilder request = multipart(
				"/trajecten/" + this.trajectory + "/opbrengsten/nieuw");
		request.param("kind", "RESEARCH_REPORT")
			.param("title", title)
			.param("summary", "Wat de regio vertelde.")
			.param("date", "2026-11-20")
			.param("version", "0");
		request.with(csrf()).with(user(this.coordinator));
		return request;
	}

	private MockHttpServletResponse send(MockMultipartHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void aCoordinatorAddsADraftWithALinkThatNobodyOutsideSees() throws Exception {
		String title = "Rapport " + UUID.randomUUID();
		MockHttpServletResponse answer = send(form(title).param("link", "HTTPS://www.nvp-plein.nl/rapport"));
		assertThat(answer.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.sql("select link from output where title = ?").param(title).query(String.class).single())
			.isEqualTo("https://www.nvp-plein.nl/rapport");
		assertThat(page("/trajecten/" + this.trajectory + "/opbrengsten", this.coordinator)).contains(title)
			.contains("Concept (niet openbaar)");
		assertThat(anonymous("/opbrengsten/trajecten/" + this.trajectory).getStatus()).isEqualTo(404);
		assertThat(anonymous("/opbrengsten?regio=JZ11").getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(title);
		assertThat(anonymous("/opbrengsten/feed.atom").getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(title);
	}

	@Test
	void linksOtherThanHttpAreRefusedAtTheField() throws Exception {
		for (String link : new String[] { "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
				"ftp://example.org/x", "www.nvp-plein.nl", "https://" }) {
			MockHttpServletResponse answer = send(form("Link " + UUID.randomUUID()).param("link", link));
			assertThat(answer.getStatus()).as(link).isEqualTo(200);
			assertThat(answer.getContentAsString()).as(link)
				.contains("id=\"link-error\"")
				.contains("Geef een link die begint met https:// of http://");
		}
		assertThat(this.outputs.count(this.trajectory)).isZero();
	}

	@Test
	void aLinkOrAFileButNotBothAndNotNeither() throws Exception {
		MockHttpServletResponse neither = send(form("Niets " + UUID.randomUUID()));
		assertThat(neither.getContentAsString()).contains("Geef een link of kies een bestand.");
		MockMultipartHttpServletRequestBuilder both = form("Beide " + UUID.randomUUID());
		both.file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", OutputFixtures.PDF));
		both.param("link", "https://www.nvp-plein.nl/");
		assertThat(send(both).getContentAsString()).contains("niet allebei");
		assertThat(this.outputs.count(this.trajectory)).isZero();
	}

	@Test
	void aFileIsJudgedByItsBytesNotItsNameOrClaimedType() throws Exception {
		String title = "Geen pdf " + UUID.randomUUID();
		MockMultipartHttpServletRequestBuilder fake = form(title);
		fake.file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", OutputFixtures.HTML));
		MockHttpServletResponse answer = send(fake);
		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).contains("id=\"file-error\"")
			.contains("Dit bestand is geen pdf of geluid.")
			.contains(title);
		assertThat(this.outputs.count(this.trajectory)).isZero();

		MockMultipartHttpServletRequestBuilder audio = form("Podcast " + UUID.randomUUID());
		audio.file(new MockMultipartFile("file", "aflevering.bin", "application/octet-stream", OutputFixtures.MP3));
		assertThat(send(audio).getStatus()).isEqualTo(302);
		assertThat(this.jdbc
			.sql("select file_type || ' ' || file_size || ' ' || file_storage from output where trajectory_id = ?")
			.param(this.trajectory)
			.query(String.class)
			.single()).isEqualTo("audio/mpeg " + OutputFixtures.MP3.length + " DATABASE");
	}

	@Test
	void publishedOutputsAndTheirFilesArePublicUntilWithdrawn() throws Exception {
		String title = "Quick scan " + UUID.randomUUID();
		MockMultipartHttpServletRequestBuilder pdf = form(title);
		pdf.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", OutputFixtures.PDF));
		assertThat(send(pdf).getStatus()).isEqualTo(302);
		long id = this.jdbc.sql("select id from output where title = ?").param(title).query(Long.class).single();
		String base = "/trajecten/" + this.trajectory + "/opbrengsten/" + id;
		assertThat(anonymous("/opbrengsten/" + id + "/bestand").getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get(base + "/bestand").with(user(this.coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(OutputFixtures.PDF);

		action(base + "/publiceren", this.outputs.version(id));
		assertThat(anonymous("/opbrengsten/trajecten/" + this.trajectory).getContentAsString(StandardCharsets.UTF_8))
			.contains(title);
		MockHttpServletResponse file = anonymous("/opbrengsten/" + id + "/bestand");
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentAsByteArray()).isEqualTo(OutputFixtures.PDF);
		assertThat(file.getContentType()).isEqualTo("application/pdf");
		assertThat(file.getContentLength()).isEqualTo(OutputFixtures.PDF.length);
		assertThat(file.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
			.contains("filename*=UTF-8''Quick%20scan%20");
		assertThat(file.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(file.getHeaders("Content-Security-Policy")).hasSize(1)
			.allSatisfy((policy) -> assertThat(policy).contains("sandbox").contains("default-src 'none'"));

		action(base + "/intrekken", this.outputs.version(id));
		assertThat(anonymous("/opbrengsten/trajecten/" + this.trajectory).getStatus()).isEqualTo(404);
		assertThat(anonymous("/opbrengsten/" + id + "/bestand").getStatus()).isEqualTo(404);

		action(base + "/verwijderen", this.outputs.version(id));
		assertThat(this.outputs.count(this.trajectory)).isZero();
		assertThat(this.jdbc.sql("select count(*) from output_file where output_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void audioPlaysInlineAndAnswersRangeRequests() throws Exception {
		long id = this.outputs.file(this.trajectory, OutputKind.PODCAST_EPISODE, "Aflevering één", OutputFixtures.MP3,
				"audio/mpeg", true);
		MockHttpServletResponse whole = anonymous("/opbrengsten/" + id + "/bestand");
		assertThat(whole.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline;")
			.contains("filename*=UTF-8''Aflevering%20%C3%A9%C3%A9n.mp3");
		assertThat(whole.getContentType()).isEqualTo("audio/mpeg");
		assertThat(whole.getHeader(HttpHeaders.ACCEPT_RANGES)).isEqualTo("bytes");
		MockHttpServletResponse part = this.mvc
			.perform(get("/opbrengsten/" + id + "/bestand").header("Range", "bytes=0-9"))
			.andReturn()
			.getResponse();
		assertThat(part.getStatus()).isEqualTo(206);
		assertThat(part.getHeader("Content-Range")).isEqualTo("bytes 0-9/" + OutputFixtures.MP3.length);
		assertThat(part.getContentAsByteArray()).hasSize(10);
	}

	/**
	 * A range request gets exactly its bytes, from the start, the middle, to the end and
	 * as a suffix, with the file's headers; a range beyond the end is 416. Several
	 * ranges, an If-Range (there is nothing it could match) and a header that does not
	 * parse get the whole file. The same on the internal route.
	 */
	@Test
	void aRangeRequestGetsExactlyTheBytesAskedFor() throws Exception {
		byte[] audio = audio(5000);
		long id = this.outputs.file(this.trajectory, OutputKind.PODCAST_EPISODE, "Bereik", audio, "audio/mpeg", true);
		String path = "/opbrengsten/" + id + "/bestand";
		assertRange(path, "bytes=0-9", 0, 9, audio);
		assertRange(path, "bytes=0-0", 0, 0, audio);
		assertRange(path, "bytes=1234-2345", 1234, 2345, audio);
		assertRange(path, "bytes=4990-", 4990, 4999, audio);
		assertRange(path, "bytes=0-", 0, 4999, audio);
		assertRange(path, "bytes=4995-9999", 4995, 4999, audio);
		assertRange(path, "bytes=4999-4999", 4999, 4999, audio);
		assertRange(path, "bytes=-100", 4900, 4999, audio);
		assertRange(path, "bytes=-1", 4999, 4999, audio);
		assertRange(path, "bytes=-99999", 0, 4999, audio);
		assertRange(path, "Bytes=10-19", 10, 19, audio);
		for (String unsatisfiable : List.of("bytes=5000-", "bytes=5000-5001", "bytes=9999-", "bytes=-0")) {
			MockHttpServletResponse response = ranged(get(path), unsatisfiable);
			assertThat(response.getStatus()).as(unsatisfiable).isEqualTo(416);
			assertThat(response.getHeader(HttpHeaders.CONTENT_RANGE)).as(unsatisfiable).isEqualTo("bytes */5000");
			assertThat(response.getContentAsByteArray()).as(unsatisfiable).isEmpty();
		}
		for (String ignored : List.of("bytes=0-9,20-29", "bytes=9-0", "bytes=abc", "items=0-9", "bytes=-")) {
			MockHttpServletResponse response = ranged(get(path), ignored);
			assertThat(response.getStatus()).as(ignored).isEqualTo(200);
			assertThat(response.getHeader(HttpHeaders.CONTENT_RANGE)).as(ignored).isNull();
			assertThat(response.getContentAsByteArray()).as(ignored).isEqualTo(audio);
		}
		MockHttpServletResponse ifRange = ranged(get(path).header(HttpHeaders.IF_RANGE, "\"abc\""), "bytes=0-9");
		assertThat(ifRange.getStatus()).isEqualTo(200);
		assertThat(ifRange.getContentAsByteArray()).isEqualTo(audio);

		String internal = "/trajecten/" + this.trajectory + "/opbrengsten/" + id + "/bestand";
		MockHttpServletResponse own = ranged(get(internal).with(user(this.coordinator)), "bytes=100-199");
		assertThat(own.getStatus()).isEqualTo(206);
		assertThat(own.getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 100-199/5000");
		assertThat(own.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(audio, 100, 200));
		assertThat(own.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
	}

	/** The database gives only the slice asked for (PostgreSQL counts from 1). */
	@Test
	void theDatabaseReadsOnlyTheSlice() {
		byte[] audio = audio(5000);
		long id = this.outputs.file(this.trajectory, OutputKind.PODCAST_EPISODE, "Plak", audio, "audio/mpeg", false);
		assertThat(this.repository.findContent(id, 0, 10)).hasValue(Arrays.copyOfRange(audio, 0, 10));
		assertThat(this.repository.findContent(id, 1234, 1000)).hasValue(Arrays.copyOfRange(audio, 1234, 2234));
		assertThat(this.repository.findContent(id, 4990, 100)).hasValue(Arrays.copyOfRange(audio, 4990, 5000));
		assertThat(this.repository.findContent(987654321L, 0, 10)).isEmpty();
	}

	/** HEAD: the file's headers and length from its stored size, no body. */
	@Test
	void aHeadRequestDescribesTheFileWithoutIt() throws Exception {
		byte[] audio = audio(3000);
		long id = this.outputs.file(this.trajectory, OutputKind.PODCAST_EPISODE, "Kop", audio, "audio/mpeg", true);
		for (MockHttpServletRequestBuilder head : List.of(request(HttpMethod.HEAD, "/opbrengsten/" + id + "/bestand"),
				request(HttpMethod.HEAD, "/opbrengsten/" + id + "/bestand").header(HttpHeaders.RANGE, "bytes=0-9"),
				request(HttpMethod.HEAD, "/trajecten/" + this.trajectory + "/opbrengsten/" + id + "/bestand")
					.with(user(this.coordinator)))) {
			MockHttpServletResponse response = this.mvc.perform(head).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentLength()).isEqualTo(3000);
			assertThat(response.getContentType()).isEqualTo("audio/mpeg");
			assertThat(response.getHeader(HttpHeaders.ACCEPT_RANGES)).isEqualTo("bytes");
			assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline;");
			assertThat(response.getContentAsByteArray()).isEmpty();
		}
		long draft = this.outputs.file(this.trajectory, OutputKind.PODCAST_EPISODE, "Concept", audio, "audio/mpeg",
				false);
		assertThat(this.mvc.perform(request(HttpMethod.HEAD, "/opbrengsten/" + draft + "/bestand"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private void assertRange(String path, String range, int first, int last, byte[] file) throws Exception {
		MockHttpServletResponse response = ranged(get(path), range);
		assertThat(response.getStatus()).as(range).isEqualTo(206);
		assertThat(response.getHeader(HttpHeaders.CONTENT_RANGE)).as(range)
			.isEqualTo("bytes " + first + "-" + last + "/" + file.length);
		assertThat(response.getContentLength()).as(range).isEqualTo(last - first + 1);
		assertThat(response.getContentAsByteArray()).as(range).isEqualTo(Arrays.copyOfRange(file, first, last + 1));
		assertThat(response.getContentType()).as(range).isEqualTo("audio/mpeg");
		assertThat(response.getHeaders("Content-Security-Policy")).as(range).hasSize(1);
	}

	private MockHttpServletResponse ranged(MockHttpServletRequestBuilder request, String range) throws Exception {
		return this.mvc.perform(request.header(HttpHeaders.RANGE, range)).andReturn().getResponse();
	}

	/** An MP3's start, then bytes that differ from place to place. */
	private static byte[] audio(int size) {
		byte[] audio = Arrays.copyOf(OutputFixtures.MP3, size);
		for (int i = 14; i < size; i++) {
			audio[i] = (byte) (i * 7 + i / 256);
		}
		return audio;
	}

	@Test
	void theFormSaysSoWhenTheUploadBeforeWasTooLarge() throws Exception {
		assertThat(page("/trajecten/" + this.trajectory + "/opbrengsten/nieuw?te-groot=1", this.coordinator))
			.contains("id=\"file-error\"")
			.contains("Dit bestand is te groot.");
	}

	@Test
	void aStaleVersionChangesNothing() throws Exception {
		long id = this.outputs.link(this.trajectory, OutputKind.BLOG, "Blog", false);
		MockHttpServletResponse answer = this.mvc
			.perform(post("/trajecten/" + this.trajectory + "/opbrengsten/" + id + "/publiceren").param("version", "7")
				.with(csrf())
				.with(user(this.coordinator)))
			.andReturn()
			.getResponse();
		assertThat(answer.getStatus()).isEqualTo(302);
		assertThat(anonymous("/opbrengsten/trajecten/" + this.trajectory).getStatus()).isEqualTo(404);
	}

	@Test
	void editingKeepsTheFileUnlessALinkReplacesIt() throws Exception {
		long id = this.outputs.file(this.trajectory, OutputKind.RESEARCH_REPORT, "Rapport", OutputFixtures.PDF,
				"application/pdf", false);
		MockMultipartHttpServletRequestBuilder edit = multipart(
				"/trajecten/" + this.trajectory + "/opbrengsten/" + id + "/bewerken");
		edit.param("kind", "ADVICE")
			.param("title", "Advies")
			.param("summary", "Nieuw.")
			.param("date", "2026-11-21")
			.param("version", String.valueOf(this.outputs.version(id)))
			.with(csrf())
			.with(user(this.coordinator));
		assertThat(send(edit).getStatus()).isEqualTo(302);
		assertThat(this.jdbc.sql("select kind || ' ' || file_type from output where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("ADVICE application/pdf");
		MockMultipartHttpServletRequestBuilder toLink = multipart(
				"/trajecten/" + this.trajectory + "/opbrengsten/" + id + "/bewerken");
		toLink.param("kind", "ADVICE")
			.param("title", "Advies")
			.param("summary", "Nieuw.")
			.param("date", "2026-11-21")
			.param("link", "https://www.nvp-plein.nl/advies")
			.param("version", String.valueOf(this.outputs.version(id)))
			.with(csrf())
			.with(user(this.coordinator));
		assertThat(send(toLink).getStatus()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from output_file where output_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	private void action(String path, long version) throws Exception {
		assertThat(this.mvc
			.perform(post(path).param("version", String.valueOf(version)).with(csrf()).with(user(this.coordinator)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
	}

	private String page(String path, AccountPrincipal user) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(user(user))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse anonymous(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse();
	}

}
