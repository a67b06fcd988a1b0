package nl.nvp.goedegesprek.project.dialogue;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.MeetingPlanning;
import nl.nvp.goedegesprek.trajectory.StepLinks;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For whoever runs a national project, its Dialogues step links to each dialogue's report
 * (the facilitator's link and the remarks): one statement, none for anyone else.
 */
@Component
class DialogueStepLinks implements StepLinks {

	private final MeetingPlanning meetings;

	DialogueStepLinks(MeetingPlanning meetings) {
		this.meetings = meetings;
	}

	@Override
	public Map<StepType, List<Link>> links(TrajectoryRef trajectory) {
		if (!trajectory.manageable() || !trajectory.editable() || !trajectory.steps().contains(StepType.DIALOGUES)) {
			return Map.of();
		}
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale());
		List<Link> reports = this.meetings.meetingsOf(trajectory.id())
			.stream()
			.map((meeting) -> new Link("project.stepLink.report", day.format(meeting.date()),
					"/bijeenkomsten/" + meeting.id() + "/gespreksleider"))
			.toList();
		if (reports.isEmpty()) {
			return Map.of();
		}
		Map<StepType, List<Link>> links = new EnumMap<>(StepType.class);
		links.put(StepType.DIALOGUES, reports);
		return links;
	}

}
