package nl.nvp.goedegesprek;

import java.nio.file.Path;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.TestDatabase;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Backup and restore as README describes them: the test database, filled by the suite and
 * the fixtures, is dumped with {@code pg_dump -Fc} and restored with {@code pg_restore}
 * into a fresh database; the application starts on it (Flyway finds the schema valid and
 * up to date), a coordinator logs in with their password and sees their trajectory.
 */
@IntegrationTest
class BackupRestoreTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Test
	void aRestoredDumpServesTheApplicationsData(@TempDir Path directory) throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		String title = "Hersteld traject " + UUID.randomUUID();
		long trajectory = this.trajectories.create("JZ32", title, coordinator.id());

		Path dump = directory.resolve("goedegesprek.dump");
		TestDatabase.dump(TestDatabase.get(), dump);
		TestDatabase.Connection restored = TestDatabase.fresh();
		TestDatabase.restore(dump, restored);

		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(GoedeGesprekApplication.class)
			.profiles("test")
			.run("--spring.datasource.url=" + restored.url(), "--spring.datasource.username=" + restored.username(),
					"--spring.datasource.password=" + restored.password(), "--server.port=0",
					"--spring.flyway.validate-on-migrate=true")) {
			Flyway flyway = application.getBean(Flyway.class);
			assertThat(flyway.info().pending()).as("migrations still to run").isEmpty();
			assertThat(flyway.validateWithResult().validationSuccessful).as("Flyway validates the schema").isTrue();

			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) application)
				.apply(springSecurity())
				.build();
			MockHttpSession session = (MockHttpSession) mvc
				.perform(formLogin("/inloggen").user(coordinator.getUsername()).password(AccountFixtures.PASSWORD))
				.andExpect(redirectedUrl("/"))
				.andReturn()
				.getRequest()
				.getSession(false);
			mvc.perform(get("/trajecten/" + trajectory).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(title)));
		}
	}

}
