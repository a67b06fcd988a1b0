package nl.nvp.goedegesprek.research;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey's results (coordinators; policymakers once published), the written answers
 * with quotes taken from them, and the CSV export (coordinators only).
 */
@Controller
class SurveyResultsController {

	static final int MAX_QUOTE = 2000;

	private final SurveyResults results;

	SurveyResultsController(SurveyResults results) {
		this.results = results;
	}

	@GetMapping("/trajecten/{id}/vragenlijst/resultaten")
	String results(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("results", this.results.results(id, user));
		return "research/results";
	}

	@GetMapping("/trajecten/{id}/vragenlijst/open-antwoorden")
	String written(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("written", this.results.written(id, user));
		return "research/written-answers";
	}

	@PostMapping("/trajecten/{id}/vragenlijst/antwoorden/{answerId}/citaat")
	String quote(@PathVariable long id, @PathVariable String answerId, @RequestParam(required = false) String quote,
			@RequestParam(required = false) String remove, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		UUID answer = uuid(answerId);
		String text = (remove != null) ? null : quote;
		if (remove == null && (text == null || text.length() > MAX_QUOTE)) {
			this.results.written(id, user);
			redirect.addFlashAttribute("flashError", (text == null) ? "quote.empty" : "quote.tooLong");
		}
		else {
			try {
				this.results.quote(id, answer, text, user);
				redirect.addFlashAttribute("flashMessage", (text == null) ? "quote.removed" : "quote.saved");
			}
			catch (RuleException ex) {
				redirect.addFlashAttribute("flashError", ex.messageKey());
			}
		}
		return "redirect:/trajecten/" + id + "/vragenlijst/open-antwoorden#antwoord-" + answer;
	}

	@GetMapping("/trajecten/{id}/vragenlijst/antwoorden.csv")
	ResponseEntity<String> csv(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Locale locale) {
		String body = this.results.csv(id, user, locale);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("vragenlijst-" + id + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
	}

}
