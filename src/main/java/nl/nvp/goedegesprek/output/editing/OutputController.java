package nl.nvp.goedegesprek.output.editing;

import java.util.Optional;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.RuleException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A trajectory's outputs for the people who see it, and making, changing, publishing,
 * withdrawing and deleting them for its coordinators. A form is sent to its own address,
 * so that an upload over the limit comes back to it (web.UndecodableParametersFilter).
 */
@Controller
class OutputController {

	/**
	 * The parameter with which the form opens again after an upload over the size limit,
	 * which Tomcat cannot read (web.UndecodableParametersFilter sends the browser back).
	 */
	private static final String TOO_LARGE = "te-groot";

	private final Outputs outputs;

	OutputController(Outputs outputs) {
		this.outputs = outputs;
	}

	static String base(long trajectoryId) {
		return "/trajecten/" + trajectoryId + "/opbrengsten";
	}

	@GetMapping("/trajecten/{id}/opbrengsten")
	String list(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("overview", this.outputs.overview(id, user));
		return "output/outputs";
	}

	@GetMapping("/trajecten/{id}/opbrengsten/nieuw")
	String newOutput(@PathVariable long id, @RequestParam(name = TOO_LARGE, required = false) String tooLarge,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		OutputForm form = new OutputForm();
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		if (tooLarge != null) {
			result.rejectValue("file", "OutputForm.file.tooLarge");
		}
		return form(id, null, user, model, form, result);
	}

	@PostMapping("/trajecten/{id}/opbrengsten/nieuw")
	String create(@PathVariable long id, @Valid @ModelAttribute("form") OutputForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.outputs.manageable(id, user);
		Optional<Outputs.Upload> upload = this.outputs.check(form, false, result);
		if (!result.hasErrors()) {
			try {
				this.outputs.create(id, form, upload, user);
				redirect.addFlashAttribute("flashMessage", "output.created");
				return "redirect:" + base(id);
			}
			catch (RuleException ex) {
				result.rejectValue("title", ex.messageKey());
			}
		}
		return form(id, null, user, model, form, result);
	}

	@GetMapping("/trajecten/{id}/opbrengsten/{outputId}/bewerken")
	String edit(@PathVariable long id, @PathVariable long outputId,
			@RequestParam(name = TOO_LARGE, required = false) String tooLarge,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		Output output = this.outputs.editable(id, outputId, user);
		OutputForm form = OutputForm.of(output);
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		if (tooLarge != null) {
			result.rejectValue("file", "OutputForm.file.tooLarge");
		}
		return form(id, output, user, model, form, result);
	}

	@PostMapping("/trajecten/{id}/opbrengsten/{outputId}/bewerken")
	String update(@PathVariable long id, @PathVariable long outputId, @Valid @ModelAttribute("form") OutputForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		Output output = this.outputs.editable(id, outputId, user);
		Optional<Outputs.Upload> upload = this.outputs.check(form, output.hasFile(), result);
		if (!result.hasErrors()) {
			try {
				this.outputs.update(id, outputId, form, upload, user);
				redirect.addFlashAttribute("flashMessage", "output.saved");
				return "redirect:" + base(id);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.output");
			}
			catch (RuleException ex) {
				result.rejectValue("title", ex.messageKey());
			}
		}
		return form(id, output, user, model, form, result);
	}

	@PostMapping("/trajecten/{id}/opbrengsten/{outputId}/publiceren")
	String publish(@PathVariable long id, @PathVariable long outputId, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, "output.published", () -> this.outputs.publish(id, outputId, version, user));
	}

	@PostMapping("/trajecten/{id}/opbrengsten/{outputId}/intrekken")
	String unpublish(@PathVariable long id, @PathVariable long outputId, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, "output.unpublished", () -> this.outputs.unpublish(id, outputId, version, user));
	}

	@PostMapping("/trajecten/{id}/opbrengsten/{outputId}/verwijderen")
	String delete(@PathVariable long id, @PathVariable long outputId, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, "output.deleted", () -> this.outputs.delete(id, outputId, version, user));
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale.output");
		}
		return "redirect:" + base(id);
	}

	private String form(long id, Output output, AccountPrincipal user, Model model, OutputForm form,
			BindingResult result) {
		model.addAttribute("trajectory", this.outputs.manageable(id, user));
		model.addAttribute("output", output);
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		model.addAttribute("kinds", OutputKind.values());
		return "output/output-form";
	}

}
