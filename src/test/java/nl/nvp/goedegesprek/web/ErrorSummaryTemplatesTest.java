package nl.nvp.goedegesprek.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a failed submit the person sees the errors (standing requirement 3): every page
 * that shows errors at its fields also shows the error summary, and every error summary
 * takes the focus when the page opens. The browser tests check the rendered summaries
 * ({@code Browsers.assertErrorSummary}); this test checks the templates that no browser
 * test may happen to submit wrongly.
 */
class ErrorSummaryTemplatesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * A page that shows errors at its fields (directly or through the form fragments).
	 */
	private static final Pattern FIELD_ERRORS = Pattern
		.compile("th:errors|#fields\\.hasErrors|forms :: (input|textarea)");

	private static final Pattern SUMMARY = Pattern.compile("forms :: errors|error-summary");

	private static final Pattern SUMMARY_ELEMENT = Pattern.compile("<[^>]*class=\"[^\"]*error-summary[^\"]*\"[^>]*>");

	@Test
	void everyPageWithFieldErrorsShowsTheSummary() throws IOException {
		List<String> without = pages().filter((page) -> FIELD_ERRORS.matcher(read(page)).find())
			.filter((page) -> !SUMMARY.matcher(read(page)).find())
			.map(Path::toString)
			.toList();
		assertThat(without).as("pages with errors at fields but no error summary").isEmpty();
	}

	@Test
	void everyErrorSummaryTakesTheFocus() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<String> summaries = files.filter((file) -> file.toString().endsWith(".html")).flatMap((file) -> {
				Matcher element = SUMMARY_ELEMENT.matcher(read(file));
				return element.results().map((match) -> file + ": " + match.group());
			}).toList();
			assertThat(summaries).as("error summaries").isNotEmpty();
			assertThat(summaries)
				.allSatisfy((summary) -> assertThat(summary).contains(" autofocus", "tabindex=\"-1\""));
		}
	}

	/** Whole pages: not the shared fragments, not partials (named _...), not mails. */
	private static Stream<Path> pages() throws IOException {
		return Files.walk(TEMPLATES)
			.filter((file) -> file.toString().endsWith(".html"))
			.filter((file) -> !file.getFileName().toString().startsWith("_"))
			.filter((file) -> !file.startsWith(TEMPLATES.resolve("fragments")))
			.toList()
			.stream();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
