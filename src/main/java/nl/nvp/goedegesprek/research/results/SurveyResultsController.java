package nl.nvp.goedegesprek.research.results;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import nl.nvp.goedegesprek.account.AccountPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The survey's results (coordinators; policymakers once published) and the CSV export
 * (coordinators only).
 */
@Controller
class SurveyResultsController {

	private final SurveyResults results;

	private final SurveyExport export;

	SurveyResultsController(SurveyResults results, SurveyExport export) {
		this.results = results;
		this.export = export;
	}

	@GetMapping("/trajecten/{id}/vragenlijst/resultaten")
	String results(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("results", this.results.results(id, user));
		return "research/results";
	}

	@GetMapping("/trajecten/{id}/vragenlijst/antwoorden.csv")
	ResponseEntity<String> csv(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Locale locale) {
		String body = this.export.csv(id, user, locale);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("vragenlijst-" + id + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
