package nl.nvp.goedegesprek.meeting.registration;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.ChildWording;

import org.springframework.dao.DataIntegrityViolationException;
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
 * The public pages of a meeting, for participants without an account: the meeting with
 * its registration form, and the personal link to confirm, view, change or cancel.
 */
@Controller
class PublicRegistrationController {

	private final Registrations registrations;

	private final RegistrationThrottle throttle;

	private final RegistrationMetrics metrics;

	PublicRegistrationController(Registrations registrations, RegistrationThrottle throttle,
			RegistrationMetrics metrics) {
		this.registrations = registrations;
		this.throttle = throttle;
		this.metrics = metrics;
	}

	/**
	 * The form's choices and words for its audience: a child's form says "je" and offers
	 * the children's roles (ChildWording).
	 */
	private static void forAudience(Model model, RegistrationAudience audience) {
		model.addAttribute("audience", audience);
		model.addAttribute(ChildWording.VARIABLE, audience.isChild());
		model.addAttribute("roles", audience.roles());
		model.addAttribute("ageGroups", AgeGroup.values());
		model.addAttribute("guardianCapacities", GuardianCapacity.values());
	}

	/**
	 * The meeting; while registration is open, first the question who registers (a child
	 * or an adult), then the form for that person.
	 */
	@GetMapping("/aanmelden/{publicId}")
	String meeting(@PathVariable UUID publicId, @RequestParam(name = "voor", required = false) String audience,
			Model model) {
		model.addAttribute("meeting", this.registrations.publicMeeting(publicId));
		model.addAttribute("form", new RegistrationForm());
		model.addAttribute("audiences", RegistrationAudience.values());
		RegistrationAudience.fromParam(audience).ifPresent((chosen) -> forAudience(model, chosen));
		return "meeting/public";
	}

	@PostMapping("/aanmelden/{publicId}")
	String register(@PathVariable UUID publicId, @RequestParam(name = "voor", required = false) String chosen,
			@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		RegistrationAudience audience = RegistrationAudience.fromParam(chosen)
			.orElseGet(() -> (form.getRole() != null) ? RegistrationAudience.of(form.getRole())
					: RegistrationAudience.ADULT);
		forAudience(model, audience);
		form.keepOnly(audience, result);
		form.checkCrossFields(result);
		form.checkGuardian(result);
		if (result.hasErrors()) {
			model.addAttribute("meeting", this.registrations.publicMeeting(publicId));
			return "meeting/public";
		}
		if (!this.throttle.trySend(request.getRemoteAddr())) {
			this.metrics.count(RegistrationMetrics.Outcome.REFUSED);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("meeting", this.registrations.publicMeeting(publicId));
			result.reject("registration.tooMany");
			return "meeting/public";
		}
		try {
			// Past the limit for this address the answer looks the same, but no mail goes
			// out.
			if (this.throttle.tryMail(form.getEmail())) {
				this.registrations.register(publicId, form, locale);
			}
			else {
				this.metrics.count(RegistrationMetrics.Outcome.REFUSED);
			}
		}
		catch (RegistrationClosedException ex) {
			this.metrics.count(RegistrationMetrics.Outcome.REFUSED);
			throw ex;
		}
		catch (DataIntegrityViolationException ex) {
			// The same address registered at the same moment; that registration's mail is
			// on its way.
		}
		redirect.addFlashAttribute("email", form.getEmail());
		redirect.addFlashAttribute(ChildWording.VARIABLE, audience.isChild());
		return "redirect:/aanmelden/" + publicId + "/verstuurd";
	}

	@GetMapping("/aanmelden/{publicId}/verstuurd")
	String sent(@PathVariable UUID publicId, Model model) {
		model.addAttribute("meeting", this.registrations.publicMeeting(publicId));
		return "meeting/sent";
	}

	@GetMapping("/aanmelding/{token}")
	String personal(@PathVariable String token, Model model) {
		RegistrationViews.Personal registration = this.registrations.personal(token);
		model.addAttribute("registration", registration);
		model.addAttribute(ChildWording.VARIABLE, registration.role().isChild());
		model.addAttribute("token", token);
		return "meeting/personal";
	}

	@PostMapping("/aanmelding/{token}/bevestigen")
	String confirm(@PathVariable String token, RedirectAttributes redirect) {
		RegistrationStatus status = this.registrations.confirm(token);
		redirect.addFlashAttribute("flashMessage", "registration.status.message." + status);
		return "redirect:/aanmelding/" + token;
	}

	@GetMapping("/aanmelding/{token}/wijzigen")
	String changeForm(@PathVariable String token, Model model) {
		RegistrationViews.Personal registration = this.registrations.personal(token);
		forAudience(model, RegistrationAudience.of(registration.role()));
		model.addAttribute("registration", registration);
		model.addAttribute("form", this.registrations.changeForm(token));
		model.addAttribute("token", token);
		return "meeting/change";
	}

	@PostMapping("/aanmelding/{token}")
	String change(@PathVariable String token, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		RegistrationViews.Personal registration = this.registrations.personal(token);
		RegistrationAudience audience = RegistrationAudience.of(registration.role());
		forAudience(model, audience);
		form.setEmail(registration.email());
		form.keepOnly(audience, result);
		form.checkCrossFields(result);
		if (form.needsGuardianConsent()
				&& (registration.ageGroup() == null || !registration.ageGroup().needsGuardianConsent())) {
			// Nobody was asked to consent when registering: that cannot be added later.
			result.rejectValue("ageGroup", "RegistrationForm.ageGroup.consentNeeded");
		}
		if (result.hasErrors()) {
			model.addAttribute("registration", registration);
			model.addAttribute("token", token);
			return "meeting/change";
		}
		try {
			this.registrations.change(token, form);
		}
		catch (RoleFullException ex) {
			result.rejectValue("role", "RegistrationForm.role.full");
			model.addAttribute("registration", registration);
			model.addAttribute("token", token);
			return "meeting/change";
		}
		redirect.addFlashAttribute("flashMessage", "registration.changed");
		return "redirect:/aanmelding/" + token;
	}

	@PostMapping("/aanmelding/{token}/annuleren")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		this.registrations.cancel(token);
		redirect.addFlashAttribute("flashMessage", "registration.cancelled");
		return "redirect:/aanmelding/" + token;
	}

	@ExceptionHandler(RegistrationClosedException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String closed(RegistrationClosedException ex, Model model) {
		model.addAttribute("started", ex.getReason() == RegistrationClosedException.Reason.STARTED);
		return "meeting/closed";
	}

}
