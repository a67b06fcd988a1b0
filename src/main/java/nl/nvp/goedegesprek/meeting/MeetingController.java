package nl.nvp.goedegesprek.meeting;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.privacy.PersonalDataAccess;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meetings for the coordinators who run the trajectory: plan, change, follow
 * registrations and check people in on the day.
 */
@Controller
class MeetingController {

	private static final String REGISTRATIONS = "MEETING_REGISTRATIONS";

	private final MeetingPlanning planning;

	private final AttendeeCsv csv;

	private final PersonalDataAccess access;

	MeetingController(MeetingPlanning planning, AttendeeCsv csv, PersonalDataAccess access) {
		this.planning = planning;
		this.csv = csv;
		this.access = access;
	}

	@GetMapping("/bijeenkomsten")
	String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("meetings", this.planning.list(user));
		return "meeting/list";
	}

	@GetMapping("/trajecten/{trajectoryId}/bijeenkomsten/nieuw")
	String createForm(@PathVariable long trajectoryId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		TrajectoryRef trajectory = this.planning.trajectoryToPlanIn(trajectoryId, user);
		MeetingForm form = new MeetingForm();
		form.setCapacity(40);
		return form(model, form, trajectory, null);
	}

	@PostMapping("/trajecten/{trajectoryId}/bijeenkomsten")
	String create(@PathVariable long trajectoryId, @Valid @ModelAttribute("form") MeetingForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		TrajectoryRef trajectory = this.planning.trajectoryToPlanIn(trajectoryId, user);
		check(form, trajectory, result);
		if (result.hasErrors()) {
			return form(model, form, trajectory, null);
		}
		long id = this.planning.create(trajectoryId, form, user);
		redirect.addFlashAttribute("flashMessage", "meeting.created");
		return "redirect:/bijeenkomsten/" + id;
	}

	@GetMapping("/bijeenkomsten/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("meeting", this.planning.details(id, user));
		this.access.record(user.id(), PersonalDataAccess.Action.VIEW, REGISTRATIONS, id);
		return "meeting/show";
	}

	@GetMapping("/bijeenkomsten/{id}/deelnemerslijst")
	String printList(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("meeting", this.planning.details(id, user));
		this.access.record(user.id(), PersonalDataAccess.Action.PRINT, REGISTRATIONS, id);
		return "meeting/print";
	}

	@GetMapping("/bijeenkomsten/{id}/deelnemers.csv")
	ResponseEntity<String> export(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			Locale locale) {
		MeetingViews.Details meeting = this.planning.details(id, user);
		String body = this.csv.write(meeting, locale);
		this.access.record(user.id(), PersonalDataAccess.Action.EXPORT, REGISTRATIONS, id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("deelnemers-" + id + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@GetMapping("/bijeenkomsten/{id}/inchecken")
	String checkInList(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("meeting", this.planning.details(id, user));
		this.access.record(user.id(), PersonalDataAccess.Action.VIEW, REGISTRATIONS, id);
		return "meeting/check-in";
	}

	@PostMapping("/bijeenkomsten/{id}/inchecken/{registrationId}")
	String checkIn(@PathVariable long id, @PathVariable long registrationId, @RequestParam boolean present,
			@AuthenticationPrincipal AccountPrincipal user) {
		this.planning.checkIn(id, registrationId, present, user);
		return "redirect:/bijeenkomsten/" + id + "/inchecken#aanmelding-" + registrationId;
	}

	/** htmx: only the row of the person checked in. */
	@HxRequest
	@PostMapping("/bijeenkomsten/{id}/inchecken/{registrationId}")
	String checkInRow(@PathVariable long id, @PathVariable long registrationId, @RequestParam boolean present,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		this.planning.checkIn(id, registrationId, present, user);
		MeetingViews.Details meeting = this.planning.details(id, user);
		model.addAttribute("meeting", meeting);
		model.addAttribute("attendee",
				meeting.confirmedAttendees()
					.stream()
					.filter((attendee) -> attendee.id() == registrationId)
					.findFirst()
					.orElseThrow());
		return "meeting/check-in :: row";
	}

	@GetMapping("/bijeenkomsten/{id}/bewerken")
	String editForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		MeetingForm form = this.planning.editForm(id, user);
		return form(model, form, this.planning.trajectoryOf(id, user), id);
	}

	@PostMapping("/bijeenkomsten/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.planning.editForm(id, user);
		TrajectoryRef trajectory = this.planning.trajectoryOf(id, user);
		check(form, trajectory, result);
		if (!result.hasErrors()) {
			try {
				this.planning.update(id, form, user);
				redirect.addFlashAttribute("flashMessage", "meeting.saved");
				return "redirect:/bijeenkomsten/" + id;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.meeting");
			}
			catch (PlacesTakenException ex) {
				result.rejectValue(ex.field(), "MeetingForm.placesTaken", new Object[] { ex.taken() }, null);
			}
		}
		return form(model, form, trajectory, id);
	}

	private static void check(MeetingForm form, TrajectoryRef trajectory, BindingResult result) {
		form.checkCrossFields(result);
		if (form.getStep() != null && !trajectory.steps().contains(form.getStep())) {
			result.rejectValue("step", "MeetingForm.step.notInTrajectory");
		}
	}

	private String form(Model model, MeetingForm form, TrajectoryRef trajectory, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("meetingId", id);
		model.addAttribute("editing", id != null);
		model.addAttribute("types", MeetingType.values());
		model.addAttribute("steps", trajectory.steps().toArray(new StepType[0]));
		model.addAttribute("roles", ParticipantRole.values());
		return "meeting/form";
	}

}
