package nl.nvp.goedegesprek.meeting.planning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.trajectory.StepLinks;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A step links to its meetings (not cancelled), soonest first, named by their day (the
 * meetings card names them by title): one statement.
 */
@Component
class MeetingStepLinks implements StepLinks {

	private final MeetingRepository meetings;

	MeetingStepLinks(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<StepType, List<Link>> links(TrajectoryRef trajectory) {
		Map<StepType, List<Link>> links = new EnumMap<>(StepType.class);
		List<Meeting> found = new ArrayList<>(
				this.meetings.findByTrajectoryIdInOrderByDateDescStartTimeDesc(List.of(trajectory.id())));
		java.util.Collections.reverse(found);
		java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
		for (Meeting meeting : found) {
			if (meeting.getStep() != null && !meeting.isCancelled()) {
				links.computeIfAbsent(meeting.getStep(), (step) -> new ArrayList<>())
					.add(new Link("meeting.stepLink", day.format(meeting.getDate()),
							"/bijeenkomsten/" + meeting.getId()));
			}
		}
		return links;
	}

}
