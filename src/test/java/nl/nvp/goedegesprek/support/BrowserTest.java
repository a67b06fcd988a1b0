package nl.nvp.goedegesprek.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser tests: the application on a random port, driven by Playwright in
 * headless Chromium. Where Debian's /usr/bin/chromium exists it is used (no browser
 * download); elsewhere Playwright fetches its own. Every page a test visits can be
 * checked with axe-core against WCAG 2.1 AA.
 */
@IntegrationTest
public abstract class BrowserTest {

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static Browser browser;

	@LocalServerPort
	private int port;

	private BrowserContext context;

	protected Page page;

	private static synchronized Browser browser() {
		if (browser == null) {
			boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
			Playwright playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
			BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"));
			if (system) {
				options.setExecutablePath(SYSTEM_CHROMIUM);
			}
			browser = playwright.chromium().launch(options);
			Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
		}
		return browser;
	}

	@BeforeEach
	void openBrowser() {
		this.context = browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
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
		return browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
	}

	protected void logIn(String email, String password) {
		logIn(this.page, email, password);
	}

	protected void logIn(Page page, String email, String password) {
		page.navigate(url("/inloggen"));
		page.getByLabel("E-mailadres").fill(email);
		page.getByLabel("Wachtwoord").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Inloggen"))
			.click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Uitloggen")))
			.isVisible();
	}

	protected void assertAccessible() {
		assertAccessible(this.page);
	}

	/**
	 * The page as it is now has no WCAG 2.1 A or AA violations that axe-core can find.
	 */
	protected static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		List<Rule> violations = results.getViolations();
		assertThat(violations.isEmpty()).as("axe-core violations on %s:%n%s", page.url(), describe(violations))
			.isTrue();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> "- " + rule.getId() + ": " + rule.getHelp() + " -> "
					+ rule.getNodes().stream().map((node) -> node.getHtml()).collect(Collectors.joining(" | ")))
			.collect(Collectors.joining("\n"));
	}

	protected void screenshot(String name) {
		this.page.screenshot(
				new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/" + name + ".png")));
	}

}
