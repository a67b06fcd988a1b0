package nl.nvp.goedegesprek.meeting.registration;

import java.time.Clock;
import java.time.LocalDate;

import nl.nvp.goedegesprek.shared.ChildWording;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A participant deletes their own registration data through their personal link, before
 * or after the meeting (decision 16): first a page that says what goes and what stays,
 * then the deletion, after which the link no longer works.
 */
@Controller
class OwnDataController {

	private final Registrations registrations;

	private final RegistrationErasure erasure;

	private final Clock clock;

	OwnDataController(Registrations registrations, RegistrationErasure erasure, Clock clock) {
		this.registrations = registrations;
		this.erasure = erasure;
		this.clock = clock;
	}

	@GetMapping("/aanmelding/{token}/verwijderen")
	String confirm(@PathVariable String token, Model model) {
		RegistrationViews.Personal registration = this.registrations.personal(token);
		LocalDate date = registration.meeting().date();
		model.addAttribute("registration", registration);
		model.addAttribute(ChildWording.VARIABLE, registration.role().isChild());
		model.addAttribute("token", token);
		model.addAttribute("upcoming",
				registration.isActive() && date != null && date.isAfter(LocalDate.now(this.clock)));
		return "meeting/erase-own";
	}

	/**
	 * Deletes. Sent twice (a double click), the second finds the link gone: it answers
	 * "not found" with a page that says so kindly.
	 */
	@PostMapping("/aanmelding/{token}/verwijderen")
	String erase(@PathVariable String token, HttpServletResponse response) {
		try {
			this.erasure.eraseOwn(token);
		}
		catch (NotFoundException ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "meeting/erase-own-gone";
		}
		return "redirect:/aanmelding/verwijderd";
	}

	@GetMapping("/aanmelding/verwijderd")
	String erased() {
		return "meeting/erase-own-done";
	}

}
