package nl.nvp.goedegesprek.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.support.Browsers;
import nl.nvp.goedegesprek.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo as {@code ./mvnw spring-boot:run} starts it without Docker and without a mail
 * server: the in-process mail catcher takes the mails, and a newcomer registers for the
 * demo meeting, reads the confirmation mail on the demo mail page (linked from the
 * banner), follows its link and is confirmed, all in the browser. The demo mail page
 * passes axe and reflows at 320 and 1280 CSS px. An account the national coordinator
 * makes gets its invitation there too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.docker.compose.enabled=false")
@ActiveProfiles("demo")
class DemoBrowserTest {

	@DynamicPropertySource
	static void ownDatabaseAndNoMailServer(DynamicPropertyRegistry registry) {
		TestDatabase.Connection database = TestDatabase.fresh();
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
		int port = freePort();
		registry.add("spring.mail.port", () -> port);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private DemoMailCatcher catcher;

	@Test
	void aNewcomerRegistersAndConfirmsThroughTheDemoMailPage() {
		// The coordinator's meeting page names the public registration page.
		Page coordinator = Browsers.newPage();
		coordinator.navigate(url("/inloggen"));
		coordinator.getByLabel("E-mailadres").fill("brabant@goedegesprek.example");
		coordinator.getByLabel("Wachtwoord").fill("goedegesprek-demo");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		coordinator.navigate(url("/bijeenkomsten"));
		coordinator
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dialoogbijeenkomst 2 West Brabant Oost"))
			.first()
			.click();
		String publicPath = coordinator.locator(".public-link").textContent().trim();
		coordinator.context().close();

		Page newcomer = Browsers.newPage();
		newcomer.navigate(url("/demo/mails"));
		assertThat(newcomer.locator("h1")).hasText("Verstuurde mails (demo)");
		Browsers.assertAccessible(newcomer);

		newcomer.navigate(publicPath.startsWith("http") ? publicPath : url(publicPath));
		assertThat(newcomer.locator("h1")).hasText("Dialoogbijeenkomst 2 West Brabant Oost");
		newcomer.getByLabel("Uw naam").fill("Nieuwkomer");
		newcomer.getByLabel("Uw e-mailadres").fill("nieuwkomer@demo.example");
		newcomer.getByLabel("Pleegouder", new Page.GetByLabelOptions().setExact(true)).check();
		newcomer.getByLabel("Ik ga akkoord met de privacyverklaring").check();
		newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden").setExact(true)).click();
		assertThat(newcomer.locator("h1")).hasText("Kijk in uw e-mail");

		// The banner leads to the demo mail page, where the confirmation mail waits.
		newcomer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekijk de verstuurde mails")).click();
		// The mail goes out after the registration commits: wait until it is in.
		awaitMail("Bevestig uw aanmelding: Dialoogbijeenkomst 2 West Brabant Oost");
		newcomer.reload();
		Locator mail = newcomer.locator(".demo-mail")
			.filter(new Locator.FilterOptions()
				.setHasText("Bevestig uw aanmelding: Dialoogbijeenkomst 2 West Brabant Oost"));
		assertThat(mail).hasCount(1);
		assertThat(mail).containsText("nieuwkomer@demo.example");
		Browsers.assertAccessible(newcomer);

		mail.locator("a[href*='/aanmelding/']").first().click();
		assertThat(newcomer.locator(".registration-status")).containsText("Nog niet bevestigd");
		newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik bevestig mijn aanmelding"))
			.click();
		assertThat(newcomer.locator(".alert-success")).hasText("Uw aanmelding is bevestigd. U heeft een plek.");

		// The confirmation with its calendar file arrives on the demo mail page, newest
		// first.
		awaitMail("U bent aangemeld: Dialoogbijeenkomst 2 West Brabant Oost");
		newcomer.navigate(url("/demo/mails"));
		Locator newest = newcomer.locator(".demo-mail").first();
		assertThat(newest.locator("h2")).hasText("U bent aangemeld: Dialoogbijeenkomst 2 West Brabant Oost");
		newcomer.context().close();
	}

	@Test
	void anInvitedAccountChoosesItsPasswordThroughTheDemoMailPage() {
		Page national = Browsers.newPage();
		national.navigate(url("/inloggen"));
		national.getByLabel("E-mailadres").fill("landelijk@goedegesprek.example");
		national.getByLabel("Wachtwoord").fill("goedegesprek-demo");
		national.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		national.navigate(url("/accounts/nieuw"));
		national.getByLabel("E-mailadres").fill("nieuw.account@demo.example");
		national.getByLabel("Naam").fill("Nieuw Account");
		national.getByLabel("Landelijk coördinator").check();
		national.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account maken")).click();
		assertThat(national.locator(".invitation-mail")).containsText("nieuw.account@demo.example");
		national.context().close();

		awaitMail("Uw account voor Goede Gesprek");
		Page invited = Browsers.newPage();
		invited.navigate(url("/demo/mails"));
		Locator mail = invited.locator(".demo-mail")
			.filter(new Locator.FilterOptions().setHasText("Uw account voor Goede Gesprek"));
		assertThat(mail).hasCount(1);
		assertThat(mail).containsText("nieuw.account@demo.example");
		mail.locator("a[href*='/uitnodiging/']").first().click();
		assertThat(invited.locator("h1")).hasText("Kies uw wachtwoord");
		invited.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("een-lang-wachtwoord");
		invited.getByLabel("Herhaal het wachtwoord").fill("een-lang-wachtwoord");
		invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
		assertThat(invited.getByRole(AriaRole.STATUS)).hasText("Uw wachtwoord is opgeslagen. U kunt nu inloggen.");
		invited.context().close();
	}

	/** Waits (up to ten seconds) until a mail with this subject has arrived. */
	private void awaitMail(String subject) {
		long deadline = System.currentTimeMillis() + 10_000;
		List<DemoMailCatcher.ReceivedMail> mails = this.catcher.mails();
		while (mails.stream().noneMatch((mail) -> subject.equals(mail.subject()))
				&& System.currentTimeMillis() < deadline) {
			this.catcher.awaitMails(mails.size() + 1, 200);
			mails = this.catcher.mails();
		}
		assertTrue(mails.stream().anyMatch((mail) -> subject.equals(mail.subject())), () -> "No mail \"" + subject
				+ "\" among " + this.catcher.mails().stream().map(DemoMailCatcher.ReceivedMail::subject).toList());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A port on which nothing listens (yet): the demo starts its mail catcher there. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
