package nl.nvp.goedegesprek.meeting.planning;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meetings for the coordinators who run the trajectory: the list, plan a meeting, change
 * or move it, and cancel it.
 */
@Controller
class MeetingController {

	private final Meetings meetings;

	private final MeetingAccess access;

	private final Clock clock;

	MeetingController(Meetings meetings, MeetingAccess access, Clock clock) {
		this.meetings = meetings;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/bijeenkomsten")
	String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("meetings", this.meetings.list(user));
		return "meeting/list";
	}

	@GetMapping("/trajecten/{trajectoryId}/bijeenkomsten/nieuw")
	String createForm(@PathVariable long trajectoryId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		TrajectoryRef trajectory = this.access.trajectoryToPlanIn(trajectoryId, user);
		return form(model, MeetingForm.startingIn(trajectory), trajectory, null);
	}

	/**
	 * The new-meeting form with this meeting's settings: not its day (nor the days
	 * registration opens and closes, which follow from it), and none of its
	 * registrations. It is sent as a new meeting.
	 */
	@GetMapping("/bijeenkomsten/{id}/kopie")
	String copyForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		MeetingForm form = this.meetings.copyForm(id, user);
		model.addAttribute("copiedFrom", form.getTitle());
		return form(model, form, this.access.trajectoryOf(id, user), null);
	}

	@PostMapping("/trajecten/{trajectoryId}/bijeenkomsten")
	String create(@PathVariable long trajectoryId, @Valid @ModelAttribute("form") MeetingForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		TrajectoryRef trajectory = this.access.trajectoryToPlanIn(trajectoryId, user);
		check(form, null, trajectory, result);
		if (result.hasErrors()) {
			return form(model, form, trajectory, null);
		}
		long id;
		try {
			id = this.meetings.create(trajectoryId, form, user);
		}
		catch (RuleException ex) {
			result.rejectValue("date", ex.messageKey());
			return form(model, form, trajectory, null);
		}
		redirect.addFlashAttribute("flashMessage", "meeting.created");
		return "redirect:/bijeenkomsten/" + id;
	}

	@GetMapping("/bijeenkomsten/{id}/bewerken")
	String editForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		MeetingForm form = this.meetings.editForm(id, user);
		return form(model, form, this.access.trajectoryOf(id, user), id);
	}

	@PostMapping("/bijeenkomsten/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		MeetingForm before = this.meetings.editForm(id, user);
		TrajectoryRef trajectory = this.access.trajectoryOf(id, user);
		check(form, before, trajectory, result);
		if (!result.hasErrors()) {
			try {
				this.meetings.update(id, form, user);
				redirect.addFlashAttribute("flashMessage", "meeting.saved");
				return "redirect:/bijeenkomsten/" + id;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.meeting");
			}
			catch (ScheduleFixedException ex) {
				form.keepSchedule(ex.schedule());
				for (String field : ex.fields()) {
					result.rejectValue(field, "MeetingForm." + field + ".started");
				}
			}
			catch (PlacesTakenException ex) {
				result.rejectValue(ex.field(), "MeetingForm.placesTaken", new Object[] { ex.taken() }, null);
			}
			catch (RuleException ex) {
				result.reject(ex.messageKey());
			}
		}
		return form(model, form, trajectory, id);
	}

	/**
	 * Cancelling mails everyone and cannot be undone, so it asks why first (a page of its
	 * own). Also for meetings of a closed trajectory.
	 */
	@GetMapping("/bijeenkomsten/{id}/afzeggen")
	String cancelForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = this.meetings.toCancel(id, user);
		if (meeting.isCancelled()) {
			redirect.addFlashAttribute("flashMessage", "meeting.cancelled");
			return "redirect:/bijeenkomsten/" + id;
		}
		return cancelForm(model, new MeetingCancelForm(), meeting);
	}

	@PostMapping("/bijeenkomsten/{id}/afzeggen")
	String cancel(@PathVariable long id, @Valid @ModelAttribute("form") MeetingCancelForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		Meeting meeting = this.meetings.toCancel(id, user);
		if (!result.hasErrors()) {
			try {
				this.meetings.cancel(id, form.getReason(), user);
				redirect.addFlashAttribute("flashMessage", "meeting.cancelled");
				return "redirect:/bijeenkomsten/" + id;
			}
			catch (RuleException ex) {
				result.reject(ex.messageKey());
			}
		}
		return cancelForm(model, form, meeting);
	}

	private String cancelForm(Model model, MeetingCancelForm form, Meeting meeting) {
		model.addAttribute("form", form);
		model.addAttribute("meeting", this.meetings.view(meeting));
		model.addAttribute("meetingId", meeting.getId());
		model.addAttribute("counts", this.meetings.counts(meeting.getId()));
		return "meeting/cancel";
	}

	private void check(MeetingForm form, MeetingForm before, TrajectoryRef trajectory, BindingResult result) {
		form.checkCrossFields(result);
		form.checkNotPast(LocalDateTime.now(this.clock), before, result);
		if (form.getStep() != null && !trajectory.steps().contains(form.getStep())) {
			result.rejectValue("step", "MeetingForm.step.notInTrajectory");
		}
	}

	private String form(Model model, MeetingForm form, TrajectoryRef trajectory, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("meetingId", id);
		model.addAttribute("editing", id != null);
		model.addAttribute("readOnlyFields", (id != null) ? this.meetings.fixedFields(id) : List.of());
		model.addAttribute("types", MeetingType.values());
		model.addAttribute("steps", trajectory.steps().toArray(new StepType[0]));
		model.addAttribute("roles", ParticipantRole.values());
		return "meeting/form";
	}

}
