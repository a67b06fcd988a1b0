package nl.nvp.goedegesprek.support;

import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base of the browser tests: the application on a random port, driven by Playwright in
 * headless Chromium ({@link Browsers}). Every page a test visits can be checked with
 * axe-core against WCAG 2.2 AA, for target size and for reflow
 * ({@link Browsers#assertAccessible}).
 */
@IntegrationTest
public abstract class BrowserTest {

	@LocalServerPort
	private int port;

	@Autowired
	private Mailbox mailbox;

	private BrowserContext context;

	protected Page page;

	@BeforeEach
	void openBrowser() {
		this.context = Browsers.get().newContext(Browsers.contextOptions());
		this.context.setDefaultTimeout(10_000);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		this.context.close();
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void open(String path) {
		this.page.navigate(url(path));
	}

	/** A second, separate browser (another person), to be closed by the caller. */
	protected Page newPerson() {
		return Browsers.newPage();
	}

	protected void logIn(String email, String password) {
		logIn(this.page, email, password);
	}

	protected void logIn(Page page, String email, String password) {
		page.navigate(url("/inloggen"));
		page.getByLabel("E-mailadres").fill(email);
		page.getByLabel("Wachtwoord").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))).isVisible();
	}

	/**
	 * As a logged-in national coordinator on {@link #page}: makes an account and returns
	 * the one-time link mailed to the person.
	 */
	protected String invite(String name, String email, String roleLabel, String regionLabel) {
		open("/accounts/nieuw");
		this.page.getByLabel("E-mailadres").fill(email);
		this.page.getByLabel("Naam").fill(name);
		this.page.getByLabel(roleLabel).check();
		if (regionLabel != null) {
			this.page.getByLabel(regionLabel).check();
		}
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account maken")).click();
		assertThat(this.page.locator(".invitation-mail")).containsText(email);
		return invitationLink(email, 1);
	}

	/** The one-time link in the newest of this many mails to this address. */
	protected String invitationLink(String email, int mails) {
		return Mailbox.link(this.mailbox.latest(email, mails), "/uitnodiging/", url(""));
	}

	/** The invited person chooses a password through their link, in their own browser. */
	protected void acceptInvitation(Page page, String link, String password) {
		page.navigate(link);
		page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByLabel("Herhaal het wachtwoord").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Uw wachtwoord is opgeslagen. U kunt nu inloggen.");
	}

	protected void assertAccessible() {
		Browsers.assertAccessible(this.page);
	}

	/**
	 * The page as it is now has no WCAG 2.2 A or AA violations that axe-core can find,
	 * and its controls are large enough (WCAG 2.5.8).
	 */
	protected static void assertAccessible(Page page) {
		Browsers.assertAccessible(page);
	}

	/**
	 * Keeps a picture of the page in target/screenshots, to look at after a run. Only an
	 * aid, no check: a full-page picture of a long page can take longer than a busy
	 * machine allows (it timed out once in CI at 10 s), and then the run goes on without
	 * it.
	 */
	protected void screenshot(String name) {
		try {
			this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setTimeout(30_000)
				.setPath(Path.of("target/screenshots/" + name + ".png")));
		}
		catch (TimeoutError ex) {
			System.err.println("No screenshot " + name + ": " + ex.getMessage().lines().findFirst().orElse(""));
		}
	}

	/**
	 * Keeps a picture of one part of the page (such as a chart) in target/screenshots: on
	 * a long page (a meeting with a thousand participants) a picture of the whole page
	 * takes many seconds and megabytes, and shows nothing more of the part under test.
	 */
	protected void screenshot(Locator part, String name) {
		try {
			part.screenshot(new Locator.ScreenshotOptions().setTimeout(30_000)
				.setPath(Path.of("target/screenshots/" + name + ".png")));
		}
		catch (TimeoutError ex) {
			System.err.println("No screenshot " + name + ": " + ex.getMessage().lines().findFirst().orElse(""));
		}
	}

}
