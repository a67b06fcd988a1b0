package nl.nvp.goedegesprek.actionplan.plan;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.RuleException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review of a version: policymakers' comments and verdicts, coordinators' answers.
 * What is wrong with a comment or verdict is told on the version's page (flash message).
 */
@Controller
class PlanReviewController {

	private final PlanReviews reviews;

	PlanReviewController(PlanReviews reviews) {
		this.reviews = reviews;
	}

	@PostMapping("/trajecten/{id}/actieplan/versies/{versionId}/reacties")
	String comment(@PathVariable long id, @PathVariable long versionId,
			@RequestParam(name = "actie", required = false) Long actionId,
			@RequestParam(name = "antwoordOp", required = false) Long replyTo,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		String target = PlanController.base(id) + "/versies/" + versionId;
		this.reviews.checkMayComment(id, versionId, replyTo != null, user);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", form.problem());
			return "redirect:" + target;
		}
		try {
			this.reviews.comment(id, versionId, actionId, replyTo, form.text(), user);
			redirect.addFlashAttribute("flashMessage", (replyTo != null) ? "plan.reply.saved" : "plan.comment.saved");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:" + target;
	}

	@PostMapping("/trajecten/{id}/actieplan/versies/{versionId}/oordeel")
	String verdict(@PathVariable long id, @PathVariable long versionId,
			@Valid @ModelAttribute("verdictForm") VerdictForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		String target = PlanController.base(id) + "/versies/" + versionId;
		this.reviews.checkMayComment(id, versionId, false, user);
		if (result.hasFieldErrors("choice")) {
			redirect.addFlashAttribute("flashError", "plan.verdict.choose");
			return "redirect:" + target;
		}
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "plan.verdict.tooLong");
			return "redirect:" + target;
		}
		try {
			this.reviews.verdict(id, versionId, form.verdict(), form.note(), user);
			redirect.addFlashAttribute("flashMessage", "plan.verdict.saved");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:" + target;
	}

}
