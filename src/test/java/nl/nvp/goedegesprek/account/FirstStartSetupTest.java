package nl.nvp.goedegesprek.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import nl.nvp.goedegesprek.support.Browsers;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.SentTwice;
import nl.nvp.goedegesprek.support.TestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A production start (no demo profile; the rate-limit secret set as production must) on
 * an empty database: there is no default password, and the log holds a one-time link with
 * which the first national coordinator sets up an account. Runs on a database of its own,
 * since the rest of the suite fills the shared one. The set-up form is also checked
 * against a double submit here (decision 28), since the shared database of
 * EveryFormSentTwiceTest always has accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "goedegesprek.base-url=http://localhost",
				"goedegesprek.hash-key=first-start-test-secret-0123456789abcdef" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@Import(SentTwice.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartSetupTest {

	private static final Pattern LINK = Pattern.compile("http://localhost(/instellen/[A-Za-z0-9_-]+)");

	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry registry) {
		TestDatabase.Connection database = TestDatabase.fresh();
		database.register(registry);
	}

	@Autowired
	private MockMvc mvc;

	@LocalServerPort
	private int port;

	@Autowired
	private SentTwice sentTwice;

	@Autowired
	private AccountSetup setup;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@Order(1)
	void firstNationalCoordinatorSetsUpTheirAccountThroughTheLoggedLinkOnce(CapturedOutput output) throws Exception {
		Matcher link = LINK.matcher(output.getAll());
		assertThat(link.find()).as("a set-up link in the log").isTrue();
		String path = link.group(1);

		this.mvc.perform(get(path)).andExpect(status().isOk());
		Page page = Browsers.newPage();
		page.navigate("http://localhost:" + this.port + path);
		assertThat(page.locator("h1").textContent()).isEqualTo("Eerste account instellen");
		Browsers.assertAccessible(page);
		page.context().close();
		this.mvc
			.perform(post(path).with(csrf())
				.param("email", "eerste@nvp.example")
				.param("displayName", "Eerste Coördinator")
				.param("password", "kort")
				.param("repeat", "kort"))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("id=\"password-error\""));
		this.mvc
			.perform(post(path).with(csrf())
				.param("email", "eerste@nvp.example")
				.param("displayName", "Eerste Coördinator")
				.param("password", "een heel goed wachtwoord")
				.param("repeat", "een heel goed wachtwoord"))
			.andExpect(redirectedUrl("/inloggen"));

		this.mvc.perform(formLogin("/inloggen").user("eerste@nvp.example").password("een heel goed wachtwoord"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.mvc.perform(formLogin("/inloggen").user("eerste@nvp.example").password("goedegesprek-demo"))
			.andExpect(redirectedUrl("/inloggen?fout"));
	}

	/**
	 * The set-up form sent twice from one page, and from two tabs at once: one account;
	 * the second tab finds the link used.
	 */
	@Test
	@Order(2)
	void theSetUpFormSentTwiceMakesOneAccount() throws Exception {
		this.sentTwice.check(FormCase.of("POST /instellen/{token}", () -> {
			// Each time a fresh start: no account, a new set-up link.
			this.jdbc.sql("delete from account").update();
			String url = this.setup.issueSetupLink().url();
			String path = url.substring(url.indexOf("/instellen/"));
			return new FormCase.Prepared(path, null,
					() -> post(path).param("email", "eerste@nvp.example")
						.param("displayName", "Eerste Coördinator")
						.param("password", "een heel goed wachtwoord")
						.param("repeat", "een heel goed wachtwoord"));
		}));
	}

}
