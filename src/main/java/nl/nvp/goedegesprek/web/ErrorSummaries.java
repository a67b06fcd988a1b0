package nl.nvp.goedegesprek.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.web.util.HtmlUtils;

/**
 * Completes the error summary of a page shown after a failed submit (decision 34), from
 * the page as it was rendered, so that it holds for every form without a list of fields
 * per form:
 * <ul>
 * <li>the summary ({@code .error-summary}) moves to the top of the content, just before
 * the page's heading, where the person lands (it takes the focus with
 * {@code autofocus});</li>
 * <li>a summary marked {@code data-summary="fields"} lists the errors shown at the fields
 * in the order of the form, each as "label: message" and linked to its field: the field
 * is the element whose {@code aria-describedby} names the error, the label its
 * {@code <label>} or, for a group, its {@code <legend>}. Errors of the form as a whole
 * come first; an error the summary named whose field shows none stays, at the end;</li>
 * <li>the page's title starts with "Fout:" (or the language's equivalent).</li>
 * </ul>
 * Only pages of a failed submit pass through here. Only the summary is written anew
 * (jsoup writes text as text); the rest of the page stays as Thymeleaf wrote it.
 */
final class ErrorSummaries {

	private ErrorSummaries() {
	}

	private static final String SUMMARY_START = "<div";

	/** How every summary's element starts (what people typed is escaped: never this). */
	private static final String SUMMARY_MARK = "class=\"alert alert-danger error-summary\"";

	/**
	 * The page with its summary completed; the page as it is when it has none. The page
	 * is read with jsoup, but only the summary is written anew and moved, and the title's
	 * start is added: the rest stays as Thymeleaf wrote it (with its escaping).
	 */
	static String complete(String html, String titlePrefix) {
		int mark = html.indexOf(SUMMARY_MARK);
		if (mark < 0) {
			return html;
		}
		int from = html.lastIndexOf(SUMMARY_START, mark);
		int to = html.indexOf("</div>", mark);
		if (from < 0 || to < 0) {
			return html;
		}
		to += "</div>".length();
		Document page = Jsoup.parse(html);
		Element summary = page.selectFirst(".error-summary");
		if (summary == null) {
			return html;
		}
		if ("fields".equals(summary.attr("data-summary"))) {
			list(page, summary);
		}
		summary.ownerDocument().outputSettings().prettyPrint(false);
		String written = summary.outerHtml();
		StringBuilder result = new StringBuilder(html.length() + 512);
		result.append(html, 0, from).append(html, to, html.length());
		int main = result.indexOf("<main");
		int heading = (main >= 0) ? result.indexOf("<h1", main) : -1;
		int at = (heading >= 0) ? heading : ((main >= 0) ? result.indexOf(">", main) + 1 : from);
		result.insert(at, written);
		int title = result.indexOf("<title>");
		if (title >= 0 && result.indexOf(titlePrefix, title) != title + "<title>".length()) {
			result.insert(title + "<title>".length(), HtmlUtils.htmlEscape(titlePrefix) + " ");
		}
		return result.toString();
	}

	private static void list(Document page, Element summary) {
		Element list = summary.selectFirst("ul");
		if (list == null) {
			return;
		}
		List<Element> items = new ArrayList<>();
		for (Element item : list.children()) {
			if (item.selectFirst("a") == null) {
				items.add(item);
			}
		}
		Set<String> listed = new LinkedHashSet<>();
		for (Element feedback : page.select(".invalid-feedback[id]")) {
			Element field = fieldOf(page, feedback);
			if (field == null || field.id().isEmpty() || !listed.add(field.id())) {
				continue;
			}
			String label = labelOf(page, field);
			String message = feedback.text();
			Element item = new Element("li");
			item.appendElement("a")
				.attr("href", "#" + field.id())
				.text(label.isEmpty() ? message : label + ": " + message);
			items.add(item);
		}
		for (Element link : list.select("a[href^=#]")) {
			if (!listed.contains(link.attr("href").substring(1))) {
				items.add(link.parent());
			}
		}
		list.empty();
		items.forEach(list::appendChild);
	}

	/** The field the error is shown at: the element that names it in aria-describedby. */
	private static Element fieldOf(Document page, Element feedback) {
		String id = feedback.id();
		for (Element described : page.select("[aria-describedby]")) {
			if (described != feedback
					&& List.of(described.attr("aria-describedby").trim().split("\\s+")).contains(id)) {
				return described;
			}
		}
		return id.endsWith("-error") ? page.getElementById(id.substring(0, id.length() - "-error".length())) : null;
	}

	private static String labelOf(Document page, Element field) {
		if (field.nameIs("fieldset")) {
			Element legend = field.selectFirst("legend");
			return (legend != null) ? legend.text() : "";
		}
		for (Element label : page.select("label[for]")) {
			if (label.attr("for").equals(field.id())) {
				return label.text();
			}
		}
		Element around = field.closest("label");
		return (around != null) ? around.ownText().trim() : "";
	}

}
