package nl.nvp.goedegesprek.privacy.request;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.privacy.PersonalRecord;
import nl.nvp.goedegesprek.shared.PdfDocuments;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A national coordinator handles a person's data request: search by e-mail address, see
 * everything, export it as JSON or PDF, erase it after confirming. The address travels
 * only in POST bodies, never in a URL (so not in logs, history or referrers).
 */
@Controller
class DataRequestController {

	private static final String FORM = "privacy/data-request";

	private final DataRequests requests;

	private final PdfDocuments pdf;

	DataRequestController(DataRequests requests, PdfDocuments pdf) {
		this.requests = requests;
		this.pdf = pdf;
	}

	@GetMapping("/privacy/verzoeken")
	String form(Model model) {
		model.addAttribute("dataRequest", new DataRequestForm());
		return FORM;
	}

	@PostMapping("/privacy/verzoeken")
	String search(@Valid @ModelAttribute("dataRequest") DataRequestForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		if (result.hasErrors()) {
			return FORM;
		}
		model.addAttribute("found", this.requests.view(form.subject(), user));
		return FORM;
	}

	@PostMapping("/privacy/verzoeken/gegevens.json")
	ResponseEntity<?> json(@Valid @ModelAttribute("dataRequest") DataRequestForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user) {
		if (result.hasErrors()) {
			return backToSearch();
		}
		DataRequests.Found found = this.requests.export(form.subject(), user);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("application", "Goede Gesprek");
		body.put("controller", "Nederlandse Vereniging voor Pleeggezinnen (NVP)");
		body.put("email", found.subject().email());
		if (found.subject().hasName()) {
			body.put("name", found.subject().name());
		}
		body.put("exportedAt", found.at().toString());
		body.put("reference", found.reference());
		Map<String, List<Map<String, String>>> data = new LinkedHashMap<>();
		found.byKind()
			.forEach((kind, records) -> data.put(kind, records.stream().map(DataRequestController::fields).toList()));
		body.put("data", data);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("json", found))
			.body(body);
	}

	@PostMapping("/privacy/verzoeken/gegevens.pdf")
	ResponseEntity<?> pdf(@Valid @ModelAttribute("dataRequest") DataRequestForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Locale locale) {
		if (result.hasErrors()) {
			return backToSearch();
		}
		DataRequests.Found found = this.requests.print(form.subject(), user);
		byte[] body = this.pdf.render("privacy/pdf/data-request", Map.of("found", found), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("pdf", found))
			.body(body);
	}

	@PostMapping("/privacy/verzoeken/verwijderen")
	String confirmErase(@Valid @ModelAttribute("dataRequest") DataRequestForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		if (result.hasErrors()) {
			return FORM;
		}
		model.addAttribute("found", this.requests.preview(form.subject(), user));
		return "privacy/data-request-erase";
	}

	@PostMapping("/privacy/verzoeken/verwijderen/bevestigd")
	String erase(@Valid @ModelAttribute("dataRequest") DataRequestForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		DataRequests.Erasure erasure = this.requests.erase(form.subject(), user);
		redirect.addFlashAttribute("erased", erasure.erased());
		redirect.addFlashAttribute("ownAccountKept", erasure.ownAccountKept());
		return "redirect:/privacy/verzoeken";
	}

	/**
	 * The exports come from the buttons of a search that was valid; anything else (a
	 * changed form) goes back to the search.
	 */
	private static ResponseEntity<?> backToSearch() {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/privacy/verzoeken")).build();
	}

	private static Map<String, String> fields(PersonalRecord record) {
		Map<String, String> fields = new LinkedHashMap<>();
		record.fields().forEach((field) -> fields.put(field.name(), field.text()));
		return fields;
	}

	private static String attachment(String extension, DataRequests.Found found) {
		return ContentDisposition.attachment()
			.filename("gegevens-" + found.reference() + "." + extension)
			.build()
			.toString();
	}

}
