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
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium for the whole test run, and the axe-core check. Where Debian's
 * /usr/bin/chromium exists it is used (no browser download); elsewhere Playwright fetches
 * its own.
 */
public final class Browsers {

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static Browser browser;

	private Browsers() {
	}

	public static synchronized Browser get() {
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

	/** A new browser context (a person of their own), Dutch. */
	public static Page newPage() {
		return get().newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
	}

	/**
	 * The page as it is now has no WCAG 2.1 A or AA violations that axe-core can find.
	 */
	public static void assertAccessible(Page page) {
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

}
