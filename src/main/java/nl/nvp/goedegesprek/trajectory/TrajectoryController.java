package nl.nvp.goedegesprek.trajectory;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.FlashActions;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.region.Regions;

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

@Controller
class TrajectoryController {

	private final TrajectoryPlanning planning;

	private final TrajectorySteps steps;

	private final Regions regions;

	private final TrajectoryPage page;

	TrajectoryController(TrajectoryPlanning planning, TrajectorySteps steps, Regions regions, TrajectoryPage page) {
		this.planning = planning;
		this.steps = steps;
		this.regions = regions;
		this.page = page;
	}

	@GetMapping("/trajecten")
	String list(@ModelAttribute("filter") TrajectoryFilter filter, BindingResult ignoredUnparsableFilters,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		listModel(filter, user, model);
		return "trajectory/list";
	}

	/** htmx: only the results, when a filter changes. */
	@HxRequest
	@GetMapping("/trajecten")
	String listResults(@ModelAttribute("filter") TrajectoryFilter filter, BindingResult ignoredUnparsableFilters,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		listModel(filter, user, model);
		return "trajectory/list :: results";
	}

	private void listModel(TrajectoryFilter filter, AccountPrincipal user, Model model) {
		model.addAttribute("page", this.planning.list(filter, user));
		model.addAttribute("regionOptions", this.regions.all());
		model.addAttribute("statuses", TrajectoryStatus.values());
		model.addAttribute("stepTypes", StepType.values());
		model.addAttribute("sortOrders", TrajectoryFilter.SortOrder.values());
		model.addAttribute("canCreate", TrajectoryAccess.canCreate(user));
	}

	/**
	 * A new trajectory; with {@code aanvraag}, prefilled from a region's request to start
	 * (TrajectoryOrigin), which becomes the trajectory when it is saved.
	 */
	@GetMapping("/trajecten/nieuw")
	String createForm(@RequestParam(name = "aanvraag", required = false) Long origin,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return form(model, this.planning.newForm(origin, user), user, null);
	}

	@PostMapping("/trajecten")
	String create(@Valid @ModelAttribute("form") TrajectoryForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		form.checkCrossFields(result);
		this.planning.checkReferences(form, user, true, result);
		if (result.hasErrors()) {
			return form(model, form, user, null);
		}
		long id;
		try {
			id = this.planning.create(form, user);
		}
		catch (RuleException ex) {
			if (ex.messageKey().startsWith("TrajectoryForm.title")) {
				result.rejectValue("title", ex.messageKey());
			}
			else {
				// The request it was made from became a trajectory meanwhile.
				result.reject(ex.messageKey());
			}
			return form(model, form, user, null);
		}
		redirect.addFlashAttribute("flashMessage", "trajectory.created");
		return "redirect:/trajecten/" + id;
	}

	@GetMapping("/trajecten/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		TrajectoryPage.Model page = this.page.of(id, user);
		model.addAttribute("trajectory", page.details());
		model.addAttribute("cards", page.cards());
		model.addAttribute("stepLinks", page.stepLinks());
		return "trajectory/show";
	}

	@GetMapping("/trajecten/{id}/bewerken")
	String editForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		if (this.planning.isReadOnly(id, user)) {
			redirect.addFlashAttribute("flashError", "trajectory.rule.readOnly");
			return "redirect:/trajecten/" + id;
		}
		return form(model, this.planning.editForm(id, user), user, id);
	}

	@PostMapping("/trajecten/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TrajectoryForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		form.checkCrossFields(result);
		this.planning.checkReferences(form, user, false, result);
		if (!result.hasErrors()) {
			try {
				this.planning.update(id, form, user);
				redirect.addFlashAttribute("flashMessage", "trajectory.saved");
				return "redirect:/trajecten/" + id;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.trajectory");
			}
			catch (RuleException ex) {
				result.reject(ex.messageKey());
			}
		}
		// Region and status are not edited here; show them as they are.
		form.setRegionCode(this.planning.editForm(id, user).getRegionCode());
		return form(model, form, user, id);
	}

	@PostMapping("/trajecten/{id}/stappen/{step}/starten")
	String startStep(@PathVariable long id, @PathVariable StepType step, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, "trajectory.step.started", () -> this.steps.startStep(id, version, step, user));
	}

	/**
	 * Completes a step; while meetings of the step are yet to come or its survey is open,
	 * only once the coordinator confirmed it on the page that names them.
	 */
	@PostMapping("/trajecten/{id}/stappen/{step}/afronden")
	String completeStep(@PathVariable long id, @PathVariable StepType step, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirmed, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		if (!confirmed && !this.planning.isReadOnly(id, user)) {
			this.planning.editForm(id, user);
			if (!this.steps.openWork(id, step).isEmpty()) {
				// The page's version goes along: a change by someone else in between is
				// still told when the coordinator confirms.
				return "redirect:/trajecten/" + id + "/stappen/" + step + "/afronden?versie=" + version;
			}
		}
		return act(id, redirect, "trajectory.step.completed", () -> this.steps.completeStep(id, version, step, user));
	}

	/** Asks before a step with work that still runs is completed, naming the work. */
	@GetMapping("/trajecten/{id}/stappen/{step}/afronden")
	String confirmCompleteStep(@PathVariable long id, @PathVariable StepType step,
			@RequestParam(name = "versie", required = false) Long version,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		if (this.planning.isReadOnly(id, user)) {
			redirect.addFlashAttribute("flashError", "trajectory.rule.readOnly");
			return "redirect:/trajecten/" + id;
		}
		this.planning.editForm(id, user);
		TrajectoryViews.Details details = this.planning.details(id, user);
		model.addAttribute("trajectory", details);
		model.addAttribute("version", (version != null) ? version : details.version());
		model.addAttribute("step", step);
		model.addAttribute("work", this.steps.openWork(id, step));
		return "trajectory/complete-step";
	}

	@PostMapping("/trajecten/{id}/stappen/{step}/overslaan")
	String skipStep(@PathVariable long id, @PathVariable StepType step, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, "trajectory.step.skipped", () -> this.steps.skipStep(id, version, step, user));
	}

	@PostMapping("/trajecten/{id}/afronden")
	String finish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, "trajectory.finished", () -> this.steps.finish(id, version, user));
	}

	/**
	 * Cancelling cannot be undone, so it asks first (without JavaScript: a page of its
	 * own), listing the meetings yet to come that it cancels and asking why.
	 */
	@GetMapping("/trajecten/{id}/annuleren")
	String confirmCancel(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		if (this.planning.isReadOnly(id, user)) {
			redirect.addFlashAttribute("flashError", "trajectory.rule.readOnly");
			return "redirect:/trajecten/" + id;
		}
		this.planning.editForm(id, user);
		TrajectoryViews.Details details = this.planning.details(id, user);
		TrajectoryCancelForm form = new TrajectoryCancelForm();
		form.setVersion(details.version());
		return cancelForm(model, form, details);
	}

	@PostMapping("/trajecten/{id}/annuleren")
	String cancel(@PathVariable long id, @Valid @ModelAttribute("form") TrajectoryCancelForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		if (this.planning.isReadOnly(id, user)) {
			redirect.addFlashAttribute("flashError", "trajectory.rule.readOnly");
			return "redirect:/trajecten/" + id;
		}
		this.planning.editForm(id, user);
		List<TrajectoryMeetings.Upcoming> upcoming = this.steps.upcomingMeetings(id);
		if (!upcoming.isEmpty() && (form.getReason() == null || form.getReason().isBlank())) {
			result.rejectValue("reason", "NotBlank");
		}
		if (result.hasErrors()) {
			return cancelForm(model, form, this.planning.details(id, user));
		}
		return act(id, redirect, "trajectory.cancelled",
				() -> this.steps.cancel(id, form.getVersion(), form.getReason(), user));
	}

	private String cancelForm(Model model, TrajectoryCancelForm form, TrajectoryViews.Details details) {
		model.addAttribute("form", form);
		model.addAttribute("trajectory", details);
		model.addAttribute("meetings", this.steps.upcomingMeetings(details.id()));
		return "trajectory/cancel";
	}

	private String act(long id, RedirectAttributes redirect, String message, Runnable action) {
		return FlashActions.act(redirect, "/trajecten/" + id, message, "stale.trajectory", action);
	}

	private String form(Model model, TrajectoryForm form, AccountPrincipal user, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("trajectoryId", id);
		model.addAttribute("editing", id != null);
		model.addAttribute("regionOptions", this.planning.regionsToPlanIn(user));
		model.addAttribute("regionNames", this.regions.namesByCode());
		model.addAttribute("nationalAllowed", user.isNational());
		model.addAttribute("variants", TrajectoryVariant.REGIONAL);
		model.addAttribute("coordinatorOptions", this.planning.coordinatorOptions());
		return "trajectory/form";
	}

}
