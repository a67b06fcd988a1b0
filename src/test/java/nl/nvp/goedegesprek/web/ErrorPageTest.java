package nl.nvp.goedegesprek.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error page, through the real servlet container (MockMvc does not forward errors).
 */
@IntegrationTest
class ErrorPageTest {

	@LocalServerPort
	private int port;

	@Test
	void askingForTheErrorPageDirectlyIsNotFoundNotAServerError() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String path : new String[] { "/error", "/error?status=500" }) {
			HttpResponse<String> response = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Accept", "text/html")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Pagina niet gevonden").doesNotContain("Er ging iets mis");
		}
		HttpResponse<String> post = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/error"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isIn(403, 404);
	}

}
