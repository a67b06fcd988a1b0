package nl.nvp.goedegesprek.project.signup;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.ChildWording;
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
import org.springframework.web.bind.annotation.RequestParam;
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

	/** The value of {@code voor} that asks for the children's form (decision 50). */
	static final String CHILD = "jongere";

	/** The value of {@code voor} that asks for the adults' form. */
	static final String ADULT = "volwassene";

	/**
	 * Whether the form speaks to a child: asked for ({@code ?voor=jongere}), or the role
	 * posted is a child's; never when the project has no children's roles, always when it
	 * has only those.
	 */
	private static boolean forChild(SignUps.Project project, String audience, SignUpForm form) {
		if (!project.forChildren()) {
			return false;
		}
		if (!project.forAdults() || CHILD.equals(audience)) {
			return true;
		}
		return audience == null && form.getRole() != null && form.getRole().isChild();
	}

	@GetMapping("/project-aanmelden/{publicId}")
	String form(@PathVariable UUID publicId, @RequestParam(name = "voor", required = false) String audience,
			Model model) {
		SignUpForm form = new SignUpForm();
		model.addAttribute("form", form);
		SignUps.Project project = this.signUps.project(publicId);
		return formPage(project, forChild(project, audience, form), model);
	}

	@PostMapping("/project-aanmelden/{publicId}")
	String signUp(@PathVariable UUID publicId, @RequestParam(name = "voor", required = false) String audience,
			@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		SignUps.Project project = this.signUps.project(publicId);
		if (!project.open()) {
			throw new SignUpClosedException();
		}
		boolean child = forChild(project, audience, form);
		if (form.getRole() != null && !result.hasFieldErrors("role")
				&& !project.rolesFor(child).contains(form.getRole())) {
			result.rejectValue("role", "SignUpForm.role.notOffered");
		}
		form.checkChild(child, result);
		if (form.getRegionCode() != null && !result.hasFieldErrors("regionCode")
				&& !project.drawsFrom(form.getRegionCode())) {
			result.rejectValue("regionCode", "SignUpForm.regionCode.notOffered");
		}
		form.checkCrossFields(project.startsOn(), project.endsOn(), result);
		if (result.hasErrors()) {
			return formPage(project, child, model);
		}
		if (!this.throttle.trySend(ClientAddress.of(request.getRemoteAddr()))) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			result.reject("projectSignUp.tooMany");
			return formPage(project, child, model);
		}
		// Past the limit for this e-mail address the answer looks the same, but nothing
		// is saved or mailed.
		if (this.throttle.tryMail(form.getEmail())) {
			this.signUps.signUp(project, form, locale);
		}
		redirect.addFlashAttribute("email", form.getEmail());
		redirect.addFlashAttribute(ChildWording.VARIABLE, child);
		return "redirect:/project-aanmelden/" + publicId + "/verstuurd";
	}

	/**
	 * The form for its audience: a child's says "je" (ChildWording) and offers the
	 * children's roles, the age group and the guardian's address; the other form is a
	 * link away.
	 */
	private static String formPage(SignUps.Project project, boolean child, Model model) {
		model.addAttribute("project", project);
		model.addAttribute(ChildWording.VARIABLE, child);
		model.addAttribute("roles", project.rolesFor(child));
		model.addAttribute("audience", child ? CHILD : ADULT);
		model.addAttribute("otherAudience",
				child ? (project.forAdults() ? ADULT : null) : (project.forChildren() ? CHILD : null));
		model.addAttribute("ageGroups", AgeGroup.values());
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
		SignUpViews.Personal signUp = this.signUps.personal(token);
		model.addAttribute("signUp", signUp);
		model.addAttribute(ChildWording.VARIABLE, signUp.child());
		model.addAttribute("token", token);
		return "project/signup/personal";
	}

	@PostMapping("/project-aanmelding/{token}/bevestigen")
	String confirm(@PathVariable String token, RedirectAttributes redirect) {
		SignUps.Confirmation confirmation = this.signUps.confirm(token);
		redirect.addFlashAttribute("flashMessage", switch (confirmation) {
			case CONFIRMED -> "projectSignUp.confirmed";
			case AWAITS_CONSENT -> "projectSignUp.awaitsConsent";
			case BEFORE -> "projectSignUp.confirmedBefore";
		});
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
		model.addAttribute(ChildWording.VARIABLE, signUp.child());
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
