package nl.nvp.goedegesprek.project.signup;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.ClientAddress;

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
 * The public pages of a national project's sign-up, for participants without an account:
 * the form ({@code /project-aanmelden/{publicId}}), "check your mail", and the personal
 * link ({@code /project-aanmelding/{token}}) to confirm, view, change, cancel and delete.
 * Confirming is a POST from the linked page, never a side effect of opening the link.
 */
@Controller
class SignUpController {

	private final SignUps signUps;

	private final SignUpThrottle throttle;

	SignUpController(SignUps signUps, SignUpThrottle throttle) {
		this.signUps = signUps;
		this.throttle = throttle;
	}

	/** The week table's rows and columns. */
	private static void choices(Model model) {
		model.addAttribute("weekdays", List.of(DayOfWeek.values()));
		model.addAttribute("dayParts", List.of(WeekPart.Part.values()));
		model.addAttribute("modes", Mode.values());
		model.addAttribute("dateFields", SignUpForm.DATES);
	}

	@GetMapping("/project-aanmelden/{publicId}")
	String form(@PathVariable UUID publicId, Model model) {
		model.addAttribute("form", new SignUpForm());
		return formPage(this.signUps.project(publicId), model);
	}

	@PostMapping("/project-aanmelden/{publicId}")
	String signUp(@PathVariable UUID publicId, @Valid @ModelAttribute("form") SignUpForm form, BindingResult result,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		SignUps.Project project = this.signUps.project(publicId);
		if (!project.open()) {
			throw new SignUpClosedException();
		}
		if (form.getRole() != null && !result.hasFieldErrors("role") && !project.offers(form.getRole())) {
			result.rejectValue("role", "SignUpForm.role.notOffered");
		}
		if (form.getRegionCode() != null && !result.hasFieldErrors("regionCode")
				&& !project.drawsFrom(form.getRegionCode())) {
			result.rejectValue("regionCode", "SignUpForm.regionCode.notOffered");
		}
		form.checkCrossFields(project.startsOn(), project.endsOn(), result);
		if (result.hasErrors()) {
			return formPage(project, model);
		}
		if (!this.throttle.trySend(ClientAddress.of(request.getRemoteAddr()))) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			result.reject("projectSignUp.tooMany");
			return formPage(project, model);
		}
		// Past the limit for this e-mail address the answer looks the same, but nothing
		// is saved or mailed.
		if (this.throttle.tryMail(form.getEmail())) {
			this.signUps.signUp(project, form, locale);
		}
		redirect.addFlashAttribute("email", form.getEmail());
		return "redirect:/project-aanmelden/" + publicId + "/verstuurd";
	}

	private static String formPage(SignUps.Project project, Model model) {
		model.addAttribute("project", project);
		choices(model);
		return "project/signup/form";
	}

	@GetMapping("/project-aanmelden/{publicId}/verstuurd")
	String sent(@PathVariable UUID publicId, Model model) {
		model.addAttribute("project", this.signUps.project(publicId));
		return "project/signup/sent";
	}

	@GetMapping("/project-aanmelding/{token}")
	String personal(@PathVariable String token, Model model) {
		model.addAttribute("signUp", this.signUps.personal(token));
		model.addAttribute("token", token);
		return "project/signup/personal";
	}

	@PostMapping("/project-aanmelding/{token}/bevestigen")
	String confirm(@PathVariable String token, RedirectAttributes redirect) {
		boolean confirmed = this.signUps.confirm(token);
		redirect.addFlashAttribute("flashMessage",
				confirmed ? "projectSignUp.confirmed" : "projectSignUp.confirmedBefore");
		return "redirect:/project-aanmelding/" + token;
	}

	@GetMapping("/project-aanmelding/{token}/wijzigen")
	String changeForm(@PathVariable String token, Model model) {
		SignUpViews.Personal signUp = this.signUps.personal(token);
		model.addAttribute("form", this.signUps.changeForm(token));
		return changePage(signUp, token, model);
	}

	@PostMapping("/project-aanmelding/{token}/wijzigen")
	String change(@PathVariable String token, @ModelAttribute("form") SignUpForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		SignUpViews.Personal signUp = this.signUps.personal(token);
		SignUps.Project project = signUp.project();
		if (form.getMode() == null) {
			result.rejectValue("mode", "NotNull");
		}
		if (form.getSupportNote() != null && form.getSupportNote().length() > 300) {
			result.rejectValue("supportNote", "Size", new Object[] { null, 300, 0 }, null);
		}
		form.checkAvailability(project.startsOn(), project.endsOn(), result);
		if (result.hasErrors()) {
			return changePage(signUp, token, model);
		}
		this.signUps.change(token, form);
		redirect.addFlashAttribute("flashMessage", "projectSignUp.changed");
		return "redirect:/project-aanmelding/" + token;
	}

	private static String changePage(SignUpViews.Personal signUp, String token, Model model) {
		model.addAttribute("signUp", signUp);
		model.addAttribute("project", signUp.project());
		model.addAttribute("token", token);
		choices(model);
		return "project/signup/change";
	}

	@PostMapping("/project-aanmelding/{token}/annuleren")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		this.signUps.cancel(token);
		redirect.addFlashAttribute("flashMessage", "projectSignUp.cancelled");
		return "redirect:/project-aanmelding/" + token;
	}

	@GetMapping("/project-aanmelding/{token}/verwijderen")
	String deleteForm(@PathVariable String token, Model model) {
		model.addAttribute("signUp", this.signUps.personal(token));
		model.addAttribute("token", token);
		return "project/signup/delete";
	}

	@PostMapping("/project-aanmelding/{token}/verwijderen")
	String delete(@PathVariable String token) {
		this.signUps.delete(token);
		return "redirect:/project-aanmelding/verwijderd";
	}

	@GetMapping("/project-aanmelding/verwijderd")
	String deleted() {
		return "project/signup/deleted";
	}

	@ExceptionHandler(SignUpClosedException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String closed() {
		return "project/signup/closed";
	}

}
