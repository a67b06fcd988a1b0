package nl.nvp.goedegesprek.actionplan.plan;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.RuleException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action plan as its coordinators write it, and sending it for review.
 */
@Controller
class PlanController {

	private final Plans plans;

	PlanController(Plans plans) {
		this.plans = plans;
	}

	static String base(long id) {
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
			boolean made = this.plans.submitForReview(id, user).isPresent();
			redirect.addFlashAttribute("flashMessage", made ? "plan.submitted" : "plan.nothingChanged");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (DataIntegrityViolationException ex) {
			// Someone else sent a version at the same moment.
			redirect.addFlashAttribute("flashError", "stale.plan");
		}
		return "redirect:" + base(id);
	}

}
