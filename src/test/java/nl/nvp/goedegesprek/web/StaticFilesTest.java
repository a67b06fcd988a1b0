package nl.nvp.goedegesprek.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stylesheets and scripts every page links to are served to anyone, and only they are
 * static files: a link to a page is never looked for on the class path (with Boot's
 * default pattern, /**, every link a page builds was, and a miss is not cached).
 */
@IntegrationTest
class StaticFilesTest {

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ResourceUrlProvider resourceUrls;

	@Test
	void theFilesThePagesLinkToAreServed() throws Exception {
		for (String path : new String[] { "/css/app.css", "/webjars/bootstrap/css/bootstrap.min.css" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/css"));
		}
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	/**
	 * Pages link to the files by the hash of their content; such a URL is kept a year
	 * without asking again (a changed file gets another URL).
	 */
	@Test
	void filesAreLinkedByTheirContentAndKeptAYear() throws Exception {
		String stylesheet = this.resourceUrls.getForLookupPath("/css/app.css");
		assertThat(stylesheet).matches("/css/app-[0-9a-f]{32}\\.css");
		String bootstrap = this.resourceUrls.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css");
		assertThat(bootstrap).matches("/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min-[0-9a-f]{32}\\.css");
		for (String path : new String[] { stylesheet, bootstrap }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
		}
		String page = this.mvc.perform(get("/inloggen")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"" + stylesheet + "\"", "href=\"" + bootstrap + "\"")
			.containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min-[0-9a-f]{32}\\.js\"");
	}

	/** Text is compressed for browsers that ask for it (Tomcat, so over real HTTP). */
	@Test
	void textIsCompressed() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String path : new String[] { "/inloggen", this.resourceUrls.getForLookupPath("/css/app.css") }) {
			HttpResponse<byte[]> response = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Accept-Encoding", "gzip")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			String text = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(text).as(path).isNotBlank();
		}
	}

	@Test
	void onlyCssAndWebjarsAreStatic() {
		assertThat(this.resourceUrls.getHandlerMap()).containsOnlyKeys("/css/**", "/js/**", "/webjars/**");
		assertThat(this.resourceUrls.getForLookupPath("/trajecten/1")).isNull();
	}

}
