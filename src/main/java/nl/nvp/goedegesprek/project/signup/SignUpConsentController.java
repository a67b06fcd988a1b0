package nl.nvp.goedegesprek.project.signup;

import nl.nvp.goedegesprek.shared.ConsentAnswerForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of a parent or guardian asked to consent to a child's sign-up for a national
 * project (decision 50), behind the link in their mail
 * ({@code /project-toestemming/{token}}): who signed up, for which project, what is kept;
 * yes or no, without JavaScript; and after a yes, withdrawing it (decision 51).
 */
@Controller
class SignUpConsentController {

	private static final String PAGE = "/project-toestemming/";

	private final SignUpConsents consents;

	private final SignUps signUps;

	SignUpConsentController(SignUpConsents consents, SignUps signUps) {
		this.consents = consents;
		this.signUps = signUps;
	}

	@GetMapping(PAGE + "{token}")
	String page(@PathVariable String token, Model model) {
		model.addAttribute("form", new ConsentAnswerForm());
		return page(token, this.consents.view(token), model);
	}

	@PostMapping(PAGE + "{token}")
	String answer(@PathVariable String token, @ModelAttribute("form") ConsentAnswerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		SignUpConsents.View view = this.consents.view(token);
		form.check(result);
		if (result.hasErrors()) {
			return page(token, view, model);
		}
		// Neither button, or an answer that comes too late (another tab, a lapsed
		// request,
		// a child who stopped): no thanks for it; the page shows what holds.
		if ((form.isGiven() || form.isRefused()) && this.consents.answer(token, form.isGiven())) {
			redirect.addFlashAttribute("flashMessage",
					form.isGiven() ? "projectConsent.given" : "projectConsent.refused");
		}
		return "redirect:" + PAGE + token;
	}

	/**
	 * Withdraws the consent given; a second time (a double click, another tab) gets no
	 * thanks: the page shows that it was withdrawn.
	 */
	@PostMapping(PAGE + "{token}/intrekken")
	String withdraw(@PathVariable String token, RedirectAttributes redirect) {
		if (this.signUps.withdrawConsent(token)) {
			redirect.addFlashAttribute("flashMessage", "projectConsent.withdrawn");
		}
		return "redirect:" + PAGE + token;
	}

	private static String page(String token, SignUpConsents.View view, Model model) {
		model.addAttribute("consent", view);
		model.addAttribute("token", token);
		model.addAttribute("textVersion", SignUpConsents.TEXT_VERSION);
		return "project/signup/consent";
	}

}
