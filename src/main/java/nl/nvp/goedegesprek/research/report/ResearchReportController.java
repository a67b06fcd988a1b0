package nl.nvp.goedegesprek.research.report;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.FlashActions;

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
 * The research report (figures, survey results and findings together), its PDF, and
 * publishing it to the region's policymakers.
 */
@Controller
class ResearchReportController {

	private final ResearchReports reports;

	private final ResearchPublication publication;

	private final ReportPdf pdf;

	ResearchReportController(ResearchReports reports, ResearchPublication publication, ReportPdf pdf) {
		this.reports = reports;
		this.publication = publication;
		this.pdf = pdf;
	}

	@GetMapping("/trajecten/{id}/onderzoek")
	String report(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model,
			HttpServletResponse response) {
		if (!this.reports.readable(id, user)) {
			// Not shared yet: say so kindly, with the status of a refusal.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("trajectory", this.reports.trajectory(id, user));
			return "research/not-published";
		}
		model.addAttribute("report", this.reports.report(id, user));
		return "research/report";
	}

	@GetMapping("/trajecten/{id}/onderzoek/rapport.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			Locale locale) {
		byte[] body = this.pdf.render(this.reports.report(id, user), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("onderzoek-" + id + ".pdf").build().toString())
			.body(body);
	}

	@PostMapping("/trajecten/{id}/onderzoek/publiceren")
	String publish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, "research.published", () -> this.publication.publish(id, version, user));
	}

	@PostMapping("/trajecten/{id}/onderzoek/intrekken")
	String withdraw(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, "research.withdrawn", () -> this.publication.withdraw(id, version, user));
	}

	private String act(long id, RedirectAttributes redirect, String message, Runnable action) {
		return FlashActions.act(redirect, "/trajecten/" + id + "/onderzoek", message, "stale.research", action);
	}

}
