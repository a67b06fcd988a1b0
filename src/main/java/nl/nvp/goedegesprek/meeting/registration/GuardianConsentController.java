package nl.nvp.goedegesprek.meeting.registration;

import nl.nvp.goedegesprek.shared.ConsentAnswerForm;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of a parent or guardian who is asked to consent to a child's registration
 * (decision 35), behind the link in their mail: who registered, for what, what is kept;
 * yes or no; and later, withdrawing consent.
 */
@Controller
class GuardianConsentController {

	private final GuardianConsents consents;

	GuardianConsentController(GuardianConsents consents) {
		this.consents = consents;
	}

	@GetMapping("/toestemming/{token}")
	String page(@PathVariable String token, Model model) {
		model.addAttribute("form", new ConsentAnswerForm());
		return shown(token, model);
	}

	@PostMapping("/toestemming/{token}")
	String answer(@PathVariable String token, @ModelAttribute("form") ConsentAnswerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.check(result);
		if (result.hasErrors()) {
			return shown(token, model);
		}
		if (!form.isGiven() && !form.isRefused()) {
			// Neither button: nothing to do (an unknown link is still not found).
			this.consents.view(token);
			return "redirect:/toestemming/" + token;
		}
		this.consents.answer(token, form.isGiven());
		redirect.addFlashAttribute("flashMessage", form.isGiven() ? "consent.given" : "consent.refused");
		return "redirect:/toestemming/" + token;
	}

	@PostMapping("/toestemming/{token}/intrekken")
	String withdraw(@PathVariable String token, RedirectAttributes redirect) {
		this.consents.withdraw(token);
		redirect.addFlashAttribute("flashMessage", "consent.withdrawn");
		return "redirect:/toestemming/" + token;
	}

	private String shown(String token, Model model) {
		model.addAttribute("consent", this.consents.view(token));
		model.addAttribute("token", token);
		model.addAttribute("textVersion", GuardianConsents.TEXT_VERSION);
		return "meeting/consent";
	}

	@ExceptionHandler(RegistrationClosedException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String closed(RegistrationClosedException ex, Model model) {
		model.addAttribute("started", ex.getReason() == RegistrationClosedException.Reason.STARTED);
		return "meeting/closed";
	}

}
