package nl.nvp.goedegesprek.meeting.planning;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.trajectory.StepLinks;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A step links to its meetings (not cancelled), soonest first, named by their day (the
 * meetings card names them by title): one statement. A step with many meetings links to
 * the page with all of them instead, except a national project's Dialogues step, which
 * links to the project's dialogues page (from the project module) only.
 */
@Component
class MeetingStepLinks implements StepLinks {

	/** More meetings than this in one step: one link to all of them. */
	static final int MOST_LISTED = 5;

	private final Meetings meetings;

	MeetingStepLinks(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<StepType, List<Link>> links(TrajectoryRef trajectory) {
		Map<StepType, List<Meeting>> byStep = new EnumMap<>(StepType.class);
		List<Meeting> found = new ArrayList<>(this.meetings.latestFirst(trajectory.id()));
		Collections.reverse(found);
		for (Meeting meeting : found) {
			if (meeting.getStep() != null && !meeting.isCancelled()) {
				byStep.computeIfAbsent(meeting.getStep(), (step) -> new ArrayList<>()).add(meeting);
			}
		}
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale());
		Map<StepType, List<Link>> links = new EnumMap<>(StepType.class);
		boolean project = trajectory.regionCode() == null;
		byStep.forEach((step, meetings) -> {
			if (meetings.size() <= MOST_LISTED) {
				links.put(step,
						meetings.stream()
							.map((meeting) -> new Link("meeting.stepLink", day.format(meeting.getDate()),
									"/bijeenkomsten/" + meeting.getId()))
							.toList());
			}
			else if (!(project && step == StepType.DIALOGUES)) {
				// A national project's many dialogues have a page of their own, which
				// its
				// Dialogues step links to (project.dialogue): not this one as well.
				links.put(step, List.of(new Link("meeting.stepLink.all", String.valueOf(meetings.size()),
						"/trajecten/" + trajectory.id() + "/bijeenkomsten")));
			}
		});
		return links;
	}

}
