package nl.nvp.goedegesprek.project.advice;

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
 * A national project's advice per theme: the list (whoever sees the project), a new
 * advice and changing one (whoever runs it).
 */
@Controller
class AdviceController {

	private final ProjectAdvices advices;

	private final AdvicePublishing publishing;

	AdviceController(ProjectAdvices advices, AdvicePublishing publishing) {
		this.advices = advices;
		this.publishing = publishing;
	}

	@GetMapping("/trajecten/{id}/adviezen")
	String list(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("overview", this.advices.overview(id, user));
		model.addAttribute("publication", this.publishing.state(id));
		model.addAttribute("canPublish", this.advices.runs(id, user));
		model.addAttribute("national", user.isNational());
		return "project/advice/list";
	}

	@PostMapping("/trajecten/{id}/adviezen/publiceren")
	String publish(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		try {
			this.publishing.publish(id, user);
			redirect.addFlashAttribute("flashMessage", "advice.published");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/trajecten/" + id + "/adviezen";
	}

	@PostMapping("/trajecten/{id}/adviezen/{adviceId}/landelijke-actie")
	String nationalAction(@PathVariable long id, @PathVariable long adviceId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		try {
			this.advices.makeNationalAction(id, adviceId, user);
			redirect.addFlashAttribute("flashMessage", "advice.action.made");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/trajecten/" + id + "/adviezen";
	}

	@PostMapping("/trajecten/{id}/adviezen/intrekken")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		this.publishing.withdraw(id, user);
		redirect.addFlashAttribute("flashMessage", "advice.withdrawn");
		return "redirect:/trajecten/" + id + "/adviezen";
	}

	@GetMapping("/trajecten/{id}/adviezen/nieuw")
	String createForm(@PathVariable long id, @RequestParam(name = "thema", required = false) Long themeId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return form(model, id, this.advices.newForm(id, themeId, user), null, user);
	}

	@PostMapping("/trajecten/{id}/adviezen/nieuw")
	String create(@PathVariable long id, @Valid @ModelAttribute("form") AdviceForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.advices.editable(id, user);
		this.advices.checkReferences(id, form, result);
		if (!result.hasErrors()) {
			try {
				this.advices.create(id, form, user);
				redirect.addFlashAttribute("flashMessage", "advice.created");
				return "redirect:/trajecten/" + id + "/adviezen";
			}
			catch (RuleException ex) {
				result.rejectValue("themeId", ex.messageKey());
			}
		}
		return form(model, id, form, null, user);
	}

	@GetMapping("/trajecten/{id}/adviezen/{adviceId}/bewerken")
	String editForm(@PathVariable long id, @PathVariable long adviceId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		return form(model, id, this.advices.editForm(id, adviceId, user), adviceId, user);
	}

	@PostMapping("/trajecten/{id}/adviezen/{adviceId}/bewerken")
	String update(@PathVariable long id, @PathVariable long adviceId, @Valid @ModelAttribute("form") AdviceForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		this.advices.editForm(id, adviceId, user);
		this.advices.checkReferences(id, form, result);
		if (!result.hasErrors()) {
			try {
				this.advices.update(id, adviceId, form, user);
				redirect.addFlashAttribute("flashMessage", "advice.saved");
				return "redirect:/trajecten/" + id + "/adviezen";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.advice");
			}
			catch (RuleException ex) {
				result.rejectValue("themeId", ex.messageKey());
			}
		}
		return form(model, id, form, adviceId, user);
	}

	private String form(Model model, long id, AdviceForm form, Long adviceId, AccountPrincipal user) {
		model.addAttribute("form", form);
		model.addAttribute("project", this.advices.visible(id, user));
		model.addAttribute("adviceId", adviceId);
		model.addAttribute("editing", adviceId != null);
		model.addAttribute("choices", this.advices.options(id));
		return "project/advice/form";
	}

}
