package nl.nvp.goedegesprek.output;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import nl.nvp.goedegesprek.output.editing.OutputKind;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
		MockHttpServletResponse part = this.mvc
			.perform(get("/opbrengsten/" + id + "/bestand").header("Range", "bytes=0-9"))
			.andReturn()
			.getResponse();
		assertThat(part.getStatus()).isEqualTo(206);
		assertThat(part.getHeader("Content-Range")).isEqualTo("bytes 0-9/" + OutputFixtures.MP3.length);
		assertThat(part.getContentAsByteArray()).hasSize(10);
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
