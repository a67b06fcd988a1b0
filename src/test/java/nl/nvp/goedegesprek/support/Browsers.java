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
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ViewportSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium for the whole test run, and the axe-core check. Where Debian's
 * /usr/bin/chromium exists it is used (no browser download); elsewhere Playwright fetches
 * its own.
 */
public final class Browsers {

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/** WCAG 2.5.8: the smallest target, in CSS pixels. */
	private static final int MIN_TARGET = 24;

	private static final int[] REFLOW_WIDTHS = { 320, 1280 };

	/**
	 * Empty when the document is no wider than the viewport; else the innermost elements
	 * that stick out on the right, to say what to fix.
	 */
	private static final String OVERFLOW_SCRIPT = """
			() => {
			  const root = document.documentElement;
			  if (root.scrollWidth <= root.clientWidth) return '';
			  const width = root.clientWidth;
			  const clipped = (e) => {
			    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
			      if (getComputedStyle(a).overflowX !== 'visible') return true;
			    }
			    return false;
			  };
			  const sticksOut = (e) => {
			    const r = e.getBoundingClientRect();
			    if (r.width === 0 || clipped(e)) return false;
			    const parent = e.parentElement.getBoundingClientRect();
			    const self = r.right > width + 1 && parent.right <= width + 1;
			    const content = r.right <= width + 1 && r.left + e.scrollWidth > width + 1
			      && getComputedStyle(e).overflowX === 'visible';
			    return self || content;
			  };
			  const culprits = [...document.body.querySelectorAll('*')].filter(sticksOut);
			  return culprits.slice(0, 6).map((e) => e.tagName.toLowerCase()
			    + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string'
			    ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
			    + ' (' + Math.round(e.getBoundingClientRect().right) + 'px, content ' + e.scrollWidth + 'px: '
			    + (e.textContent || '').trim().slice(0, 30) + ')').join(' | ') || ('scrollWidth ' + root.scrollWidth);
			}
			""";

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
		return get().newContext(contextOptions()).newPage();
	}

	/**
	 * A person's browser: Dutch, and asking for reduced motion. Bootstrap scrolls
	 * smoothly otherwise, and every click on a link to a field (an error summary's) then
	 * waits until the page has stopped scrolling: half a second or more a link, minutes
	 * in a full run, and nothing of what the tests check depends on the animation.
	 */
	public static Browser.NewContextOptions contextOptions() {
		return new Browser.NewContextOptions().setLocale("nl-NL").setReducedMotion(ReducedMotion.REDUCE);
	}

	/**
	 * The page as it is now has no WCAG 2.2 A or AA violations that axe-core can find,
	 * its controls are large enough to tap (WCAG 2.5.8, {@link #assertTargetSize}), and
	 * it reflows (WCAG 1.4.10, which axe does not test): no sideways scrolling at 320 and
	 * at 1280 CSS pixels wide.
	 */
	public static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
		List<Rule> violations = results.getViolations();
		assertThat(violations.isEmpty()).as("axe-core violations on %s:%n%s", page.url(), describe(violations))
			.isTrue();
		assertTargetSize(page);
		assertReflows(page);
		assertErrorSummary(page);
	}

	/**
	 * What every link in a form's error summary must reach: a field on the page (by id,
	 * or a group such as a fieldset that holds it).
	 */
	private static final String ERROR_SUMMARY_SCRIPT = """
			() => {
			  const summary = document.querySelector('.error-summary');
			  if (!summary) return '';
			  const problems = [];
			  if (!summary.hasAttribute('autofocus')) problems.push('the summary does not take the focus (autofocus)');
			  if (!/^(Fout|Error): /.test(document.title)) problems.push('the title does not start with "Fout:" but is "' + document.title + '"');
			  const heading = document.querySelector('main h1');
			  if (heading && !(summary.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING)) problems.push('the summary is not at the top, above the heading');
			  const fields = 'input:not([type=hidden]),select,textarea';
			  const text = (element) => (element ? element.textContent : '').replace(/\s+/g, ' ').trim();
			  let previous = null;
			  for (const link of summary.querySelectorAll('a')) {
			    const href = link.getAttribute('href') || '';
			    const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
			    if (!target) { problems.push('link ' + href + ' reaches nothing on the page'); continue; }
			    if (!target.matches(fields) && !target.querySelector(fields)) problems.push('link ' + href + ' reaches no field');
			    if (previous && !(previous.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)) problems.push('link ' + href + ' is not in the order of the form');
			    previous = target;
			    const label = target.matches('fieldset') ? text(target.querySelector('legend'))
			        : text(target.id ? document.querySelector('label[for="' + CSS.escape(target.id) + '"]') : null);
			    if (summary.dataset.summary === 'fields' && label && !text(link).startsWith(label)) problems.push('link ' + href + ' does not name its field "' + label + '"');
			  }
			  return problems.join('; ');
			}""";

	/**
	 * After a failed submit (the page shows an error summary): the summary takes the
	 * focus when the page opens, and every link in it reaches its field (standing
	 * requirement 3). Tests of a failed submit also assert the focus itself (Playwright's
	 * isFocused).
	 */
	public static void assertErrorSummary(Page page) {
		assertThat(page.evaluate(ERROR_SUMMARY_SCRIPT)).as("error summary on %s", page.url()).isEqualTo("");
	}

	/**
	 * The controls on the page, each as {element, description, box}: radio buttons, check
	 * boxes, buttons, selects, and links that are not part of running text (links shown
	 * as a block or box, buttons, navigation and list links, and a link that is the only
	 * text of its block, such as a table cell's). Hidden and off-screen elements (the
	 * skip link before it takes the focus) do not count.
	 */
	private static final String TARGETS_SCRIPT = """
			const targets = () => {
			  const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			    + (e.className && typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
			    + (e.type && e.tagName === 'INPUT' ? '[type=' + e.type + ']' : '')
			    + ' "' + (((e.labels && e.labels[0]) ? e.labels[0].textContent : (e.textContent || e.getAttribute('aria-label') || '')).replace(/\\s+/g, ' ').trim().slice(0, 30)) + '"';
			  const text = (e) => (e.textContent || '').replace(/\\s+/g, ' ').trim();
			  const block = (e) => {
			    for (let a = e.parentElement; a; a = a.parentElement) {
			      if (getComputedStyle(a).display !== 'inline') return a;
			    }
			    return document.body;
			  };
			  const control = (e) => {
			    if (e.tagName !== 'A') return true;
			    if (getComputedStyle(e).display !== 'inline') return true;
			    if (e.matches('.btn, .nav-link, .page-link, .dropdown-item, nav a, .nav-list a, .footer-links a')) return true;
			    return text(block(e)) === text(e);
			  };
			  const visible = (e) => {
			    const r = e.getBoundingClientRect();
			    return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > -window.scrollY
			      && e.checkVisibility({ visibilityProperty: true }) && !e.closest('.visually-hidden, .spam-trap');
			  };
			  const candidates = 'input[type=radio], input[type=checkbox], button, select, a[href]';
			  return [...document.querySelectorAll(candidates)].filter(visible).filter(control)
			    .map((e) => ({ element: e, name: describe(e), box: e.getBoundingClientRect() }));
			};
			""";

	/**
	 * WCAG 2.5.8 (Target Size, Minimum): every control is at least 24 by 24 CSS pixels,
	 * or a circle of 24 px across on its centre touches no other control and no other
	 * small control's circle (the spacing exception). Radio buttons and check boxes get
	 * no exception: they are always 24 px or more, as in the children's survey. Names
	 * every control that fails.
	 */
	private static final String TARGET_SIZE_SCRIPT = "() => {" + TARGETS_SCRIPT
			+ """
					  const all = targets();
					  const min = %d, radius = min / 2;
					  const centre = (b) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
					  const distanceToBox = (p, b) => Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));
					  const small = all.filter((t) => t.box.width < min - 0.5 || t.box.height < min - 0.5);
					  const problems = small.filter((t) => {
					    if (t.element.matches('input')) return true;
					    const c = centre(t.box);
					    return all.some((o) => o !== t && !o.element.contains(t.element) && !t.element.contains(o.element)
					      && (distanceToBox(c, o.box) < radius
					        || (small.includes(o) && Math.hypot(c.x - centre(o.box).x, c.y - centre(o.box).y) < min)));
					  });
					  return problems.map((t) => t.name + ' ' + Math.round(t.box.width * 10) / 10 + 'x' + Math.round(t.box.height * 10) / 10).join(' | ');
					}"""
				.formatted(MIN_TARGET);

	/**
	 * Every radio button and check box in a row of its own (Bootstrap's .form-check) is
	 * chosen by a tap anywhere on its row: the point near the row's right end belongs to
	 * its label (or to the control itself).
	 */
	private static final String ROW_SCRIPT = """
			() => {
			  const problems = [];
			  for (const input of document.querySelectorAll('.form-check > input.form-check-input')) {
			    const row = input.parentElement;
			    if (!input.checkVisibility() || row.getBoundingClientRect().width === 0) continue;
			    row.scrollIntoView({ block: 'center', behavior: 'instant' });
			    const r = row.getBoundingClientRect();
			    const i = input.getBoundingClientRect();
			    const hit = document.elementFromPoint(r.right - 3, i.top + i.height / 2);
			    const label = hit && hit.closest('label');
			    if (hit !== input && !(label && label.control === input)) {
			      problems.push('#' + input.id + ' (' + (input.labels[0] ? input.labels[0].textContent.trim().slice(0, 30) : '') + ')');
			    }
			  }
			  window.scrollTo({ top: 0, behavior: 'instant' });
			  return problems.join(' | ');
			}""";

	/**
	 * WCAG 2.5.8 (Target Size, Minimum, new in 2.2; axe's own target-size rule looks only
	 * at some elements): every control is at least 24 by 24 CSS pixels or far enough from
	 * the others (the spacing exception), and a radio button or check box is chosen by a
	 * tap anywhere on its row. Links inside running text are exempt.
	 */
	public static void assertTargetSize(Page page) {
		assertThat(page.evaluate(TARGET_SIZE_SCRIPT))
			.as("controls smaller than %dx%d CSS px on %s", MIN_TARGET, MIN_TARGET, page.url())
			.isEqualTo("");
		assertThat(page.evaluate(ROW_SCRIPT))
			.as("radio buttons or check boxes on %s whose row, tapped at its right end, does not choose them",
					page.url())
			.isEqualTo("");
	}

	/**
	 * At 320 and at 1280 CSS pixels wide, the page does not scroll sideways; a wide data
	 * table may scroll inside its own box. The viewport is set back afterwards.
	 */
	public static void assertReflows(Page page) {
		ViewportSize original = page.viewportSize();
		try {
			for (int width : REFLOW_WIDTHS) {
				page.setViewportSize(width, (original != null) ? original.height : 720);
				Object overflow = page.evaluate(OVERFLOW_SCRIPT);
				assertThat(overflow)
					.as("page %s scrolls sideways at %d CSS px; elements wider than the viewport: %s", page.url(),
							width, overflow)
					.isEqualTo("");
			}
		}
		finally {
			if (original != null) {
				page.setViewportSize(original.width, original.height);
			}
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> "- " + rule.getId() + ": " + rule.getHelp() + " -> "
					+ rule.getNodes().stream().map((node) -> node.getHtml()).collect(Collectors.joining(" | ")))
			.collect(Collectors.joining("\n"));
	}

}
