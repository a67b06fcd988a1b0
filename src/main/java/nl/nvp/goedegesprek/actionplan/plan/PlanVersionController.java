package nl.nvp.goedegesprek.actionplan.plan;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.PdfDocuments;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.trajectory.Trajectories;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A version of the plan with its review and changes, adopting it, the plan as PDF, and
 * (if the coordinators choose) its public page.
 */
@Controller
class PlanVersionController {

	private final PlanVersions versions;

	private final PdfDocuments pdf;

	private final Trajectories trajectories;

	PlanVersionController(PlanVersions versions, PdfDocuments pdf, Trajectories trajectories) {
		this.versions = versions;
		this.pdf = pdf;
		this.trajectories = trajectories;
	}

	@GetMapping("/trajecten/{id}/actieplan/versies/{versionId}")
	String version(@PathVariable long id, @PathVariable long versionId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		model.addAttribute("view", this.versions.view(id, versionId, user));
		return "actionplan/plan-version";
	}

	@PostMapping("/trajecten/{id}/actieplan/versies/{versionId}/vaststellen")
	String adopt(@PathVariable long id, @PathVariable long versionId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		try {
			this.versions.adopt(id, versionId, user);
			redirect.addFlashAttribute("flashMessage", "plan.adopted");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:" + PlanController.base(id) + "/versies/" + versionId;
	}

	@GetMapping("/trajecten/{id}/actieplan.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Locale locale) {
		PlanVersions.VersionView view = this.versions.printable(id, user);
		byte[] body = this.pdf.render("actionplan/pdf/plan", Map.of("view", view), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("actieplan-" + id + ".pdf").build().toString())
			.body(body);
	}

	@GetMapping("/actieplan/{publicId}")
	String publicPlan(@PathVariable String publicId, Model model) {
		UUID id;
		try {
			id = UUID.fromString(publicId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
		model.addAttribute("plan", this.versions.publicPlan(id, this.trajectories::publicTitle));
		return "actionplan/plan-public";
	}

}
