package nl.nvp.goedegesprek.project.dialogue;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.MeetingPlanning;
import nl.nvp.goedegesprek.meeting.MeetingRef;
import nl.nvp.goedegesprek.trajectory.StepLinks;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For whoever runs a national project, its Dialogues step links to each dialogue's report
 * (the facilitator's link and the remarks), as the meetings of a step are linked: more
 * than a few, and it links to the page with all dialogues instead, for everyone who sees
 * the project (the only "all" link of that step). One statement, none for a regional
 * trajectory.
 */
@Component
class DialogueStepLinks implements StepLinks {

	/** More dialogues than this: one link to all of them. */
	static final int MOST_LISTED = 5;

	private final MeetingPlanning meetings;

	DialogueStepLinks(MeetingPlanning meetings) {
		this.meetings = meetings;
	}

	@Override
	public Map<StepType, List<Link>> links(TrajectoryRef trajectory) {
		if (trajectory.regionCode() != null || !trajectory.steps().contains(StepType.DIALOGUES)) {
			return Map.of();
		}
		List<MeetingRef> dialogues = this.meetings.plannedDialoguesOf(trajectory.id());
		if (dialogues.isEmpty()) {
			return Map.of();
		}
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale());
		Map<StepType, List<Link>> links = new EnumMap<>(StepType.class);
		if (dialogues.size() > MOST_LISTED) {
			// The dialogues page, for whoever sees the project (the meeting module's
			// "all meetings" link leaves a project's Dialogues step to this one).
			links.put(StepType.DIALOGUES, List.of(new Link("project.stepLink.allDialogues",
					String.valueOf(dialogues.size()), "/projecten/" + trajectory.id() + "/dialogen")));
		}
		else if (trajectory.manageable() && trajectory.editable()) {
			links.put(StepType.DIALOGUES,
					dialogues.stream()
						.map((dialogue) -> new Link("project.stepLink.report", day.format(dialogue.date()),
								"/bijeenkomsten/" + dialogue.id() + "/gespreksleider"))
						.toList());
		}
		return links;
	}

}
