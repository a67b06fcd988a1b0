package nl.nvp.goedegesprek.actionplan.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.RuleException;

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
 * A trajectory's improvement actions: the list per topic, making one from ideas, changing
 * it, and reporting progress.
 */
@Controller
class ActionController {

	private final Actions actions;

	private final Clock clock;

	ActionController(Actions actions, Clock clock) {
		this.actions = actions;
		this.clock = clock;
	}

	@GetMapping("/trajecten/{id}/acties")
	String list(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("overview", this.actions.overview(id, user));
		return "actionplan/actions";
	}

	@GetMapping("/trajecten/{id}/acties/nieuw")
	String newAction(@PathVariable long id, @RequestParam(name = "idee", required = false) Set<Long> ideas,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		ActionForm form = new ActionForm();
		form.setIdeaIds(ideas);
		return form(id, null, user, model, form);
	}

	@PostMapping("/trajecten/{id}/acties")
	String create(@PathVariable long id, @Valid @ModelAttribute("form") ActionForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.actions.formData(id, user);
		this.actions.check(id, form, result);
		if (result.hasErrors()) {
			return form(id, null, user, model, form);
		}
		long actionId;
		try {
			actionId = this.actions.create(id, form, user);
		}
		catch (RuleException ex) {
			result.rejectValue("title", ex.messageKey());
			return form(id, null, user, model, form);
		}
		redirect.addFlashAttribute("flashMessage", "action.created");
		return "redirect:/trajecten/" + id + "/acties/" + actionId;
	}

	@GetMapping("/trajecten/{id}/acties/{actionId}")
	String show(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		ProgressForm progress = new ProgressForm();
		progress.setReportedOn(LocalDate.now(this.clock));
		return show(id, actionId, user, model, progress);
	}

	private String show(long id, long actionId, AccountPrincipal user, Model model, ProgressForm progress) {
		model.addAttribute("details", this.actions.details(id, actionId, user));
		model.addAttribute("progress", progress);
		return "actionplan/action";
	}

	@GetMapping("/trajecten/{id}/acties/{actionId}/bewerken")
	String edit(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		return form(id, actionId, user, model, this.actions.editForm(id, actionId, user));
	}

	@PostMapping("/trajecten/{id}/acties/{actionId}")
	String update(@PathVariable long id, @PathVariable long actionId, @Valid @ModelAttribute("form") ActionForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		this.actions.editForm(id, actionId, user);
		this.actions.check(id, form, result);
		if (!result.hasErrors()) {
			try {
				this.actions.update(id, actionId, form, user);
				redirect.addFlashAttribute("flashMessage", "action.saved");
				return "redirect:/trajecten/" + id + "/acties/" + actionId;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.action");
			}
		}
		return form(id, actionId, user, model, form);
	}

	@PostMapping("/trajecten/{id}/acties/{actionId}/voortgang")
	String report(@PathVariable long id, @PathVariable long actionId,
			@Valid @ModelAttribute("progress") ProgressForm progress, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.actions.editForm(id, actionId, user);
		ProgressForm.checkReportedOn(progress.getReportedOn(), LocalDate.now(this.clock), result);
		if (result.hasErrors()) {
			return show(id, actionId, user, model, progress);
		}
		this.actions.report(id, actionId, progress, user);
		redirect.addFlashAttribute("flashMessage", "action.progress.added");
		return "redirect:/trajecten/" + id + "/acties/" + actionId;
	}

	private String form(long id, Long actionId, AccountPrincipal user, Model model, ActionForm form) {
		model.addAttribute("data", this.actions.formData(id, user));
		model.addAttribute("form", form);
		model.addAttribute("actionId", actionId);
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("scopes", ActionScope.values());
		return "actionplan/action-form";
	}

}
