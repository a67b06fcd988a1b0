package nl.nvp.goedegesprek.actionplan;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.PdfDocuments;
import nl.nvp.goedegesprek.trajectory.Trajectories;

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
 * The action plan: written by the coordinators, reviewed in versions by the region's
 * policymakers, adopted, printed as PDF, and (if the coordinators choose) a public page.
 */
@Controller
class PlanController {

	static final int MAX_COMMENT = 4000;

	private final Plans plans;

	private final PdfDocuments pdf;

	private final Trajectories trajectories;

	PlanController(Plans plans, PdfDocuments pdf, Trajectories trajectories) {
		this.plans = plans;
		this.pdf = pdf;
		this.trajectories = trajectories;
	}

	private static String base(long id) {
		return "/trajecten/" + id + "/actieplan";
	}

	@GetMapping("/trajecten/{id}/actieplan")
	String plan(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		Plans.Overview overview = this.plans.overview(id, user);
		model.addAttribute("overview", overview);
		if (overview.trajectory().editable() && !model.containsAttribute("form")) {
			model.addAttribute("form", this.plans.form(id, user));
		}
		return "actionplan/plan";
	}

	@PostMapping("/trajecten/{id}/actieplan")
	String describe(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.plans.form(id, user);
		if (!result.hasErrors()) {
			try {
				this.plans.describe(id, form, user);
				redirect.addFlashAttribute("flashMessage", "plan.saved");
				return "redirect:" + base(id);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.plan");
			}
		}
		model.addAttribute("overview", this.plans.overview(id, user));
		return "actionplan/plan";
	}

	@PostMapping("/trajecten/{id}/actieplan/ter-review")
	String submit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		try {
			this.plans.submitForReview(id, user);
			redirect.addFlashAttribute("flashMessage", "plan.submitted");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// Someone else sent a version at the same moment.
			redirect.addFlashAttribute("flashError", "stale.plan");
		}
		return "redirect:" + base(id);
	}

	@GetMapping("/trajecten/{id}/actieplan/versies/{versionId}")
	String version(@PathVariable long id, @PathVariable long versionId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		model.addAttribute("view", this.plans.version(id, versionId, user));
		return "actionplan/plan-version";
	}

	@PostMapping("/trajecten/{id}/actieplan/versies/{versionId}/reacties")
	String comment(@PathVariable long id, @PathVariable long versionId,
			@RequestParam(name = "actie", required = false) Long actionId,
			@RequestParam(name = "antwoordOp", required = false) Long replyTo,
			@RequestParam(name = "tekst", required = false) String text, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		String target = base(id) + "/versies/" + versionId;
		this.plans.checkMayComment(id, versionId, replyTo != null, user);
		if (text == null || text.isBlank() || text.length() > MAX_COMMENT) {
			redirect.addFlashAttribute("flashError",
					(text == null || text.isBlank()) ? "plan.comment.empty" : "plan.comment.tooLong");
			return "redirect:" + target;
		}
		try {
			this.plans.comment(id, versionId, actionId, replyTo, text, user);
			redirect.addFlashAttribute("flashMessage", (replyTo != null) ? "plan.reply.saved" : "plan.comment.saved");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:" + target;
	}

	@PostMapping("/trajecten/{id}/actieplan/versies/{versionId}/oordeel")
	String verdict(@PathVariable long id, @PathVariable long versionId,
			@RequestParam(name = "oordeel", required = false) String verdict,
			@RequestParam(name = "toelichting", required = false) String note,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		String target = base(id) + "/versies/" + versionId;
		this.plans.checkMayComment(id, versionId, false, user);
		if (!"onderschrijven".equals(verdict) && !"wijzigingen".equals(verdict)) {
			redirect.addFlashAttribute("flashError", "plan.verdict.choose");
			return "redirect:" + target;
		}
		if (note != null && note.length() > 2000) {
			redirect.addFlashAttribute("flashError", "plan.verdict.tooLong");
			return "redirect:" + target;
		}
		try {
			this.plans.verdict(id, versionId, "onderschrijven".equals(verdict), note, user);
			redirect.addFlashAttribute("flashMessage", "plan.verdict.saved");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:" + target;
	}

	@PostMapping("/trajecten/{id}/actieplan/versies/{versionId}/vaststellen")
	String adopt(@PathVariable long id, @PathVariable long versionId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		try {
			this.plans.adopt(id, versionId, user);
			redirect.addFlashAttribute("flashMessage", "plan.adopted");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:" + base(id) + "/versies/" + versionId;
	}

	@GetMapping("/trajecten/{id}/actieplan.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Locale locale) {
		Plans.VersionView view = this.plans.printable(id, user);
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
		model.addAttribute("plan", this.plans.publicPlan(id, this.trajectories::publicTitle));
		return "actionplan/plan-public";
	}

}
