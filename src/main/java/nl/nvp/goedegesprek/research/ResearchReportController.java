package nl.nvp.goedegesprek.research;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.FlashActions;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.account.AccountPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The research report (figures, survey results and findings together), its PDF, the
 * findings the coordinators write, and publishing it to the region's policymakers.
 */
@Controller
class ResearchReportController {

	private final ResearchReports reports;

	private final ReportPdf pdf;

	ResearchReportController(ResearchReports reports, ReportPdf pdf) {
		this.reports = reports;
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

	@GetMapping("/trajecten/{id}/onderzoek/bevindingen")
	String findings(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return findings(id, user, model, new FindingForm());
	}

	@PostMapping("/trajecten/{id}/onderzoek/bevindingen")
	String addFinding(@PathVariable long id, @Valid @ModelAttribute("form") FindingForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return findings(id, user, model, form);
		}
		this.reports.addFinding(id, form, user);
		redirect.addFlashAttribute("flashMessage", "finding.added");
		return "redirect:/trajecten/" + id + "/onderzoek/bevindingen";
	}

	@PostMapping("/trajecten/{id}/onderzoek/bevindingen/{findingId}/verwijderen")
	String removeFinding(@PathVariable long id, @PathVariable long findingId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		this.reports.removeFinding(id, findingId, user);
		redirect.addFlashAttribute("flashMessage", "finding.removed");
		return "redirect:/trajecten/" + id + "/onderzoek/bevindingen";
	}

	@PostMapping("/trajecten/{id}/onderzoek/publiceren")
	String publish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, "research.published", () -> this.reports.publish(id, version, user));
	}

	@PostMapping("/trajecten/{id}/onderzoek/intrekken")
	String withdraw(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, "research.withdrawn", () -> this.reports.withdraw(id, version, user));
	}

	private String act(long id, RedirectAttributes redirect, String message, Runnable action) {
		return FlashActions.act(redirect, "/trajecten/" + id + "/onderzoek", message, "stale.research", action);
	}

	private String findings(long id, AccountPrincipal user, Model model, FindingForm form) {
		model.addAttribute("findings", this.reports.findings(id, user));
		model.addAttribute("form", form);
		return "research/findings";
	}

}
