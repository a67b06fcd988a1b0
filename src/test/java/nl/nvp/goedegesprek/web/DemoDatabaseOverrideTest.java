package nl.nvp.goedegesprek.web;

import java.io.IOException;
import java.net.ServerSocket;

import jakarta.servlet.http.Cookie;
import nl.nvp.goedegesprek.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo as {@code ./mvnw spring-boot:run} starts it without Docker and without a mail
 * server, with its database overridden as application-demo.yml says one can:
 * SPRING_DATASOURCE_URL naming another database, without {@code currentSchema}. The
 * tables go into schema goedegesprek there, the demo data is served, and health is UP.
 */
@SpringBootTest(properties = "spring.docker.compose.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoDatabaseOverrideTest {

	@DynamicPropertySource
	static void overriddenDatabaseAndNoMailServer(DynamicPropertyRegistry registry) {
		TestDatabase.Connection database = TestDatabase.fresh();
		assertThat(database.url()).doesNotContain("currentSchema");
		database.register(registry);
		registry.add("spring.mail.port", DemoDatabaseOverrideTest::closedPort);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theDemoRunsOnAnOverriddenDatabaseInItsOwnSchema() throws Exception {
		assertThat(this.jdbc.sql("select table_schema from information_schema.tables where table_name = 'trajectory'")
			.query(String.class)
			.list()).containsExactly("goedegesprek");

		// Sessions live in PostgreSQL (Spring Session): the cookie names the session.
		Cookie session = this.mvc
			.perform(formLogin("/inloggen").user("landelijk@goedegesprek.example").password("goedegesprek-demo"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get("/trajecten").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rijk van Nijmegen")));

		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	/** A port on which nothing listens. */
	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
