package nl.nvp.goedegesprek.support;

import java.util.List;

import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that text on a page stays where it belongs, measured in the browser: labels that
 * fit their boxes, and chart labels that do not run into the numbers (issue 15). Each
 * check names what it found, to say what to fix.
 */
public final class Layouts {

	/**
	 * Shared by the scripts: the box of an element's text as drawn (for HTML the range of
	 * its contents, which also covers text that sticks out of the element; for SVG the
	 * element's own box), whether two boxes overlap by more than half a pixel, and how to
	 * name an element.
	 */
	private static final String COMMON = """
			const textBox = (e) => {
			  if (e instanceof SVGElement) return e.getBoundingClientRect();
			  const range = document.createRange();
			  range.selectNodeContents(e);
			  return range.getBoundingClientRect();
			};
			const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5
			  && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
			const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5
			  && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
			const name = (e) => '"' + (e.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 40) + '"';
			const shown = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
			""";

	/**
	 * Every box (selector) holds its text: neither the box nor any element in it is wider
	 * than its content box (scrollWidth), the text's drawn box lies inside the box, no
	 * word is broken over two lines (which the page's overflow-wrap does to a word that
	 * does not fit; a line may end after a hyphen), and no two boxes overlap.
	 */
	private static final String BOXES_SCRIPT = "(selector) => {" + COMMON
			+ """
					  const boxes = [...document.querySelectorAll(selector)].filter(shown);
					  if (boxes.length === 0) return 'nothing matches ' + selector;
					  const problems = [];
					  boxes.forEach((box, i) => {
					    for (const e of [box, ...box.querySelectorAll('*')]) {
					      if (getComputedStyle(e).display !== 'inline' && e.scrollWidth > e.clientWidth) {
					        problems.push(name(e) + ' is ' + e.scrollWidth + 'px wide in ' + e.clientWidth + 'px');
					      }
					    }
					    if (!inside(textBox(box), box.getBoundingClientRect())) problems.push(name(box) + ' sticks out of its box');
					  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
					  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					    for (const word of node.data.matchAll(/[^\s-]+-?/g)) {
					      const range = document.createRange();
					      range.setStart(node, word.index);
					      range.setEnd(node, word.index + word[0].length);
					      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
					      if (lines.size > 1) problems.push('"' + word[0] + '" is broken over ' + lines.size + ' lines in ' + name(box));
					    }
					  }
					    boxes.slice(i + 1).filter((other) => overlap(box.getBoundingClientRect(), other.getBoundingClientRect()))
					      .forEach((other) => problems.push(name(box) + ' overlaps ' + name(other)));
					  });
					  return problems.join(' | ');
					}""";

	/**
	 * In every chart (chart selector): no two texts (text selector) overlap each other or
	 * a bar (bar selector), and every text and bar lies inside the chart and the chart
	 * inside the window, so nothing is cut off.
	 */
	private static final String CHART_SCRIPT = "([chartSelector, textSelector, barSelector]) => {" + COMMON
			+ """
					  const charts = [...document.querySelectorAll(chartSelector)].filter(shown);
					  if (charts.length === 0) return 'nothing matches ' + chartSelector;
					  const problems = [];
					  for (const chart of charts) {
					    const area = chart.getBoundingClientRect();
					    if (area.left < -0.5 || area.right > document.documentElement.clientWidth + 0.5) {
					      problems.push('a chart reaches outside the window (' + Math.round(area.left) + ' to ' + Math.round(area.right) + 'px)');
					    }
					    const texts = [...chart.querySelectorAll(textSelector)].map((e) => ({ e, box: textBox(e) }));
					    const bars = [...chart.querySelectorAll(barSelector)].map((e) => ({ e, box: e.getBoundingClientRect() }))
					      .filter((b) => b.box.width > 0);
					    if (texts.length === 0) problems.push('a chart without texts ' + textSelector);
					    texts.forEach((t, i) => {
					      if (t.e.scrollWidth > t.e.clientWidth && !(t.e instanceof SVGElement) && getComputedStyle(t.e).display !== 'inline') {
					        problems.push(name(t.e) + ' is cut off (' + t.e.scrollWidth + 'px in ' + t.e.clientWidth + 'px)');
					      }
					      if (!inside(t.box, area)) problems.push(name(t.e) + ' reaches outside its chart');
					      texts.slice(i + 1).filter((o) => overlap(t.box, o.box))
					        .forEach((o) => problems.push(name(t.e) + ' overlaps ' + name(o.e)));
					      bars.filter((b) => overlap(t.box, b.box)).forEach(() => problems.push(name(t.e) + ' overlaps a bar'));
					    });
					    bars.filter((b) => !inside(b.box, area)).forEach(() => problems.push('a bar reaches outside its chart'));
					  }
					  return problems.join(' | ');
					}""";

	/**
	 * The table in the box (selector) shows all of it: the box does not scroll sideways,
	 * and every header and cell lies inside the box and holds its text.
	 */
	private static final String TABLE_SCRIPT = "(selector) => {" + COMMON
			+ """
					  const box = document.querySelector(selector);
					  if (!box || !shown(box)) return 'nothing shown matches ' + selector;
					  const problems = [];
					  if (box.scrollWidth > box.clientWidth) problems.push('it scrolls sideways: ' + box.scrollWidth + 'px in ' + box.clientWidth + 'px');
					  const area = box.getBoundingClientRect();
					  const cells = [...box.querySelectorAll('th, td')].filter(shown);
					  if (cells.length === 0) problems.push('no cells');
					  for (const cell of cells) {
					    if (!inside(cell.getBoundingClientRect(), area)) problems.push(name(cell) + ' lies outside the visible box');
					    if (!inside(textBox(cell), cell.getBoundingClientRect())) problems.push(name(cell) + ' sticks out of its cell');
					  }
					  return problems.join(' | ');
					}""";

	/**
	 * A box that may scroll sideways: it can take the focus, so that keyboard users can
	 * scroll it, and is a region with a name (WCAG 2.1.1, 4.1.2).
	 */
	private static final String SCROLL_BOX_SCRIPT = """
			(selector) => {
			  const box = document.querySelector(selector);
			  if (!box) return 'nothing matches ' + selector;
			  const problems = [];
			  if (box.tabIndex < 0) problems.push('it cannot take the focus');
			  if (box.getAttribute('role') !== 'region') problems.push('it is no region');
			  const ids = (box.getAttribute('aria-labelledby') || '').split(/\s+/).filter((id) => id);
			  const label = ids.map((id) => document.getElementById(id)).filter((e) => e).map((e) => e.textContent.trim()).join(' ')
			    || (box.getAttribute('aria-label') || '').trim();
			  if (!label) problems.push('it has no name');
			  return problems.join(' | ');
			}""";

	private Layouts() {
	}

	/** See {@link #TABLE_SCRIPT}: the table in this box shows all its columns. */
	public static void assertTableWhole(Page page, String boxSelector) {
		assertThat(page.evaluate(TABLE_SCRIPT, boxSelector))
			.as("table that does not show all its columns (%s) on %s at %s CSS px", boxSelector, page.url(),
					width(page))
			.isEqualTo("");
	}

	/**
	 * See {@link #SCROLL_BOX_SCRIPT}: a box that may scroll sideways can be scrolled with
	 * the keyboard and is named.
	 */
	public static void assertScrollableBox(Page page, String boxSelector) {
		assertThat(page.evaluate(SCROLL_BOX_SCRIPT, boxSelector)).as("scrolling box %s on %s", boxSelector, page.url())
			.isEqualTo("");
	}

	/** See {@link #BOXES_SCRIPT}: every box matching the selector holds its text. */
	public static void assertTextFitsBoxes(Page page, String boxSelector) {
		assertThat(page.evaluate(BOXES_SCRIPT, boxSelector))
			.as("text that does not fit its box (%s) on %s at %s CSS px", boxSelector, page.url(), width(page))
			.isEqualTo("");
	}

	/**
	 * See {@link #CHART_SCRIPT}: in every chart matching the selector, labels and numbers
	 * (texts) overlap neither each other nor the bars, and nothing is cut off.
	 */
	public static void assertChartTextApart(Page page, String chartSelector, String textSelector, String barSelector) {
		assertThat(page.evaluate(CHART_SCRIPT, List.of(chartSelector, textSelector, barSelector)))
			.as("chart text that overlaps or is cut off (%s) on %s at %s CSS px", chartSelector, page.url(),
					width(page))
			.isEqualTo("");
	}

	private static Object width(Page page) {
		return (page.viewportSize() != null) ? page.viewportSize().width : "?";
	}

}
