package nl.nvp.goedegesprek.overview.annual;

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

@Controller
class AnnualNumbersController {

	private final AnnualNumbers numbers;

	private final AnnualNumbersCsv csv;

	AnnualNumbersController(AnnualNumbers numbers, AnnualNumbersCsv csv) {
		this.numbers = numbers;
		this.csv = csv;
	}

	@GetMapping("/overzicht/jaarcijfers")
	String page(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("page", this.numbers.numbers(user));
		return "overview/annual";
	}

	@GetMapping("/overzicht/jaarcijfers.csv")
	ResponseEntity<String> csv(@AuthenticationPrincipal AccountPrincipal user, Locale locale) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("jaarcijfers.csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.csv.csv(user, locale));
	}

}
