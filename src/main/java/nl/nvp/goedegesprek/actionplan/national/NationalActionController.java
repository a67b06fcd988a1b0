package nl.nvp.goedegesprek.actionplan.national;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.actionplan.action.ProgressForm;
import nl.nvp.goedegesprek.shared.RuleException;

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
 * The NVP's national list: actions regions handed over, linked under national actions
 * (national coordinators, by the security configuration).
 */
@Controller
class NationalActionController {

	private static final String BASE = "/landelijke-acties";

	private final NationalActions nationalActions;

	private final Clock clock;

	NationalActionController(NationalActions nationalActions, Clock clock) {
		this.nationalActions = nationalActions;
		this.clock = clock;
	}

	/**
	 * The list, and the form for a new national action; with {@code onderwerp} (from the
	 * recurring topics of the national overview) the title starts as that topic.
	 */
	@GetMapping(BASE)
	String list(@RequestParam(name = "onderwerp", required = false) String topic,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		NationalActionForm form = new NationalActionForm();
		if (topic != null && !topic.isBlank()) {
			form.setTitle(topic.strip().substring(0, Math.min(topic.strip().length(), 200)));
		}
		return list(user, model, form);
	}

	@PostMapping(BASE)
	String create(@Valid @ModelAttribute("form") NationalActionForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(user, model, form);
		}
		long id;
		try {
			id = this.nationalActions.create(form);
		}
		catch (RuleException ex) {
			result.rejectValue("title", ex.messageKey());
			return list(user, model, form);
		}
		redirect.addFlashAttribute("flashMessage", "national.created");
		return "redirect:" + BASE + "/" + id;
	}

	private String list(AccountPrincipal user, Model model, NationalActionForm form) {
		model.addAttribute("overview", this.nationalActions.overview(user));
		model.addAttribute("form", form);
		return "actionplan/national";
	}

	@GetMapping(BASE + "/{nationalActionId}")
	String show(@PathVariable long nationalActionId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		NationalProgressForm progress = new NationalProgressForm();
		progress.setReportedOn(LocalDate.now(this.clock));
		return show(nationalActionId, user, model, progress);
	}

	private String show(long nationalActionId, AccountPrincipal user, Model model, NationalProgressForm progress) {
		NationalAction national = this.nationalActions.get(nationalActionId);
		if (progress.getStatus() == null) {
			progress.setStatus(national.getStatus());
		}
		model.addAttribute("national", national);
		model.addAttribute("overview", this.nationalActions.overview(user));
		model.addAttribute("progress", progress);
		model.addAttribute("statuses", ActionStatus.values());
		return "actionplan/national-action";
	}

	@PostMapping(BASE + "/{nationalActionId}/koppelen")
	String link(@PathVariable long nationalActionId, @RequestParam(name = "actie", required = false) Long actionId,
			RedirectAttributes redirect) {
		this.nationalActions.get(nationalActionId);
		if (actionId != null) {
			this.nationalActions.link(nationalActionId, actionId);
			redirect.addFlashAttribute("flashMessage", "national.linked");
		}
		return "redirect:" + BASE + "/" + nationalActionId;
	}

	@PostMapping(BASE + "/{nationalActionId}/ontkoppelen")
	String unlink(@PathVariable long nationalActionId, @RequestParam(name = "actie", required = false) Long actionId,
			RedirectAttributes redirect) {
		this.nationalActions.get(nationalActionId);
		if (actionId != null) {
			this.nationalActions.unlink(nationalActionId, actionId);
			redirect.addFlashAttribute("flashMessage", "national.unlinked.message");
		}
		return "redirect:" + BASE + "/" + nationalActionId;
	}

	@PostMapping(BASE + "/{nationalActionId}/voortgang")
	String report(@PathVariable long nationalActionId, @Valid @ModelAttribute("progress") NationalProgressForm progress,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		this.nationalActions.get(nationalActionId);
		ProgressForm.checkReportedOn(progress.getReportedOn(), LocalDate.now(this.clock), result);
		if (result.hasErrors()) {
			return show(nationalActionId, user, model, progress);
		}
		this.nationalActions.report(nationalActionId, progress);
		redirect.addFlashAttribute("flashMessage", "action.progress.added");
		return "redirect:" + BASE + "/" + nationalActionId;
	}

}
