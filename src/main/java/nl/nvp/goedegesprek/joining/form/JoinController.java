package nl.nvp.goedegesprek.joining.form;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.nvp.goedegesprek.joining.request.Interest;
import nl.nvp.goedegesprek.joining.request.JoinRequests;
import nl.nvp.goedegesprek.joining.request.RequesterRole;
import nl.nvp.goedegesprek.region.RegionSummary;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.ClientAddress;
import nl.nvp.goedegesprek.trajectory.RegionTrajectories;
import nl.nvp.goedegesprek.trajectory.StepType;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Doe mee", for visitors without an account (no session, decision 30): the page that
 * explains Het goede gesprek, its steps and lighter forms, with where other regions got;
 * the form to ask to start or ask a question; and the page after sending it.
 */
@Controller
class JoinController {

	private final JoinRequests requests;

	private final JoinThrottle throttle;

	private final Regions regions;

	private final RegionTrajectories trajectories;

	JoinController(JoinRequests requests, JoinThrottle throttle, Regions regions, RegionTrajectories trajectories) {
		this.requests = requests;
		this.throttle = throttle;
		this.regions = regions;
		this.trajectories = trajectories;
	}

	/**
	 * Where the regions are: the names of those that finished a trajectory and how many
	 * run one now (one statement).
	 *
	 * @param finished the names of regions that finished a trajectory, by name
	 * @param running how many regions run one now
	 */
	record Outcomes(List<String> finished, long running) {
	}

	@GetMapping("/doe-mee")
	String page(Model model) {
		Map<String, RegionTrajectories.Standing> standings = this.trajectories.standings();
		Map<String, String> names = this.regions.namesByCode();
		List<String> finished = standings.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().finished() > 0)
			.map((entry) -> names.getOrDefault(entry.getKey(), entry.getKey()))
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
		long running = standings.values().stream().filter((standing) -> standing.running() > 0).count();
		model.addAttribute("outcomes", new Outcomes(finished, running));
		model.addAttribute("steps", StepType.FULL);
		return "joining/page";
	}

	@GetMapping("/doe-mee/aanvragen")
	String form(Model model) {
		model.addAttribute("form", new JoinForm());
		return formPage(model);
	}

	@PostMapping("/doe-mee/aanvragen")
	String send(@Valid @ModelAttribute("form") JoinForm form, BindingResult result, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.isTrapped()) {
			// A robot filled in the field people do not see: it looks sent, nothing is
			// saved or mailed.
			return "redirect:/doe-mee/verstuurd";
		}
		form.checkCrossFields(result);
		if (!result.hasFieldErrors("regionCode") && !this.regions.isCurrent(form.getRegionCode())) {
			result.rejectValue("regionCode", "JoinForm.regionCode.unknown");
		}
		if (result.hasErrors()) {
			return formPage(model);
		}
		if (!this.throttle.trySend(ClientAddress.of(request.getRemoteAddr()))) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			result.reject("joinRequest.tooMany");
			return formPage(model);
		}
		// Always saved (the same request again is the first one). Past the limit for this
		// e-mail address only the confirmation mail stays out: someone else sending three
		// requests with this address cannot make the real request of that day disappear.
		boolean mail = this.throttle.tryMail(form.getEmail());
		this.requests.submit(form.toSubmission(locale.getLanguage()), mail);
		redirect.addFlashAttribute("email", form.getEmail());
		return "redirect:/doe-mee/verstuurd";
	}

	@GetMapping("/doe-mee/verstuurd")
	String sent() {
		return "joining/sent";
	}

	private String formPage(Model model) {
		List<RegionSummary> regions = this.regions.current();
		model.addAttribute("regionOptions", regions);
		model.addAttribute("roles", RequesterRole.values());
		model.addAttribute("interests", Interest.values());
		return "joining/form";
	}

}
