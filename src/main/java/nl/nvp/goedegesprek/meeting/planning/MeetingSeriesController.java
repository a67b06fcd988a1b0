package nl.nvp.goedegesprek.meeting.planning;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Many meetings of a trajectory at once (issue 17): plan a series in one go, and see all
 * of them on one page with how full each is per role.
 */
@Controller
class MeetingSeriesController {

	private final MeetingSeries series;

	private final MeetingOverview overview;

	private final MeetingAccess access;

	private final SmartValidator validator;

	private final Clock clock;

	MeetingSeriesController(MeetingSeries series, MeetingOverview overview, MeetingAccess access, Validator validator,
			Clock clock) {
		this.series = series;
		this.overview = overview;
		this.access = access;
		this.validator = new SpringValidatorAdapter(validator);
		this.clock = clock;
	}

	@GetMapping("/trajecten/{trajectoryId}/bijeenkomsten")
	String overview(@PathVariable long trajectoryId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("overview", this.overview.of(trajectoryId, user));
		return "meeting/overview";
	}

	@GetMapping("/trajecten/{trajectoryId}/bijeenkomsten/reeks")
	String form(@PathVariable long trajectoryId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		TrajectoryRef trajectory = this.access.trajectoryToPlanIn(trajectoryId, user);
		return form(model, MeetingSeriesForm.startingFrom(MeetingForm.startingIn(trajectory)), trajectory);
	}

	@PostMapping("/trajecten/{trajectoryId}/bijeenkomsten/reeks")
	String create(@PathVariable long trajectoryId, @Valid @ModelAttribute("form") MeetingSeriesForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		TrajectoryRef trajectory = this.access.trajectoryToPlanIn(trajectoryId, user);
		form.fillRows();
		form.check(this.validator, LocalDateTime.now(this.clock), trajectory, result);
		if (result.hasErrors()) {
			return form(model, form, trajectory);
		}
		int planned;
		try {
			planned = this.series.create(trajectoryId, form, user);
		}
		catch (StartsTakenException ex) {
			ex.rows().forEach((row) -> result.rejectValue("rows[" + row + "].date", "MeetingForm.date.taken"));
			return form(model, form, trajectory);
		}
		redirect.addFlashAttribute("seriesPlanned", planned);
		return "redirect:/trajecten/" + trajectoryId + "/bijeenkomsten";
	}

	private String form(Model model, MeetingSeriesForm form, TrajectoryRef trajectory) {
		model.addAttribute("form", form);
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("types", MeetingType.values());
		model.addAttribute("steps", trajectory.steps().toArray(new StepType[0]));
		model.addAttribute("roles", ParticipantRole.values());
		model.addAttribute("maxRows", MeetingSeriesForm.ROWS);
		return "meeting/series";
	}

}
