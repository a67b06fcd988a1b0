package nl.nvp.goedegesprek.account;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Public pages behind one-time links: set a password after an invitation or reset, and
 * set up the first account.
 */
@Controller
class InvitationController {

	private final AccountSetup setup;

	InvitationController(AccountSetup setup) {
		this.setup = setup;
	}

	@ModelAttribute("token")
	String token(@PathVariable String token) {
		return token;
	}

	@GetMapping("/uitnodiging/{token}")
	String passwordForm(@PathVariable String token, Model model, HttpServletResponse response) {
		return this.setup.invitedAccountEmail(token).map((email) -> {
			model.addAttribute("email", email);
			model.addAttribute("form", new PasswordForm());
			return "account/password";
		}).orElseGet(() -> invalid(response));
	}

	@PostMapping("/uitnodiging/{token}")
	String setPassword(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var email = this.setup.invitedAccountEmail(token);
		if (email.isEmpty()) {
			return invalid(response);
		}
		model.addAttribute("email", email.get());
		form.checkCrossFields(result);
		if (result.hasErrors()) {
			return "account/password";
		}
		if (!this.setup.setPassword(token, form.getPassword())) {
			return invalid(response);
		}
		redirect.addFlashAttribute("flashMessage", "password.set");
		return "redirect:/inloggen";
	}

	@GetMapping("/instellen/{token}")
	String setupForm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.setup.setupLinkValid(token)) {
			return invalid(response);
		}
		model.addAttribute("form", new SetupForm());
		return "account/setup";
	}

	@PostMapping("/instellen/{token}")
	String setUp(@PathVariable String token, @Valid @ModelAttribute("form") SetupForm form, BindingResult result,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!this.setup.setupLinkValid(token)) {
			return invalid(response);
		}
		form.checkCrossFields(result);
		if (result.hasErrors()) {
			return "account/setup";
		}
		if (!this.setup.setUp(token, form)) {
			return invalid(response);
		}
		redirect.addFlashAttribute("flashMessage", "setup.done");
		return "redirect:/inloggen";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "account/link-invalid";
	}

}
