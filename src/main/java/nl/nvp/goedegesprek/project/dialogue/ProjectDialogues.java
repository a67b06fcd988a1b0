package nl.nvp.goedegesprek.project.dialogue;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.MeetingAttendance;
import nl.nvp.goedegesprek.meeting.MeetingFill;
import nl.nvp.goedegesprek.meeting.MeetingPlanning;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All dialogues of a national project on one page (issue 17): when and where, how full
 * per role (the meetings overview's counts, from the meeting module), and how far its
 * report is (facilitator's links, remarks, attendance). Whoever sees the project reads
 * it; only counts, no participants' data. A fixed number of statements however many
 * dialogues there are.
 */
@Service
@Transactional(readOnly = true)
class ProjectDialogues {

	private final ProjectTrajectories projects;

	private final MeetingPlanning meetings;

	private final MeetingAttendance attendance;

	private final FacilitatorLinkRepository links;

	private final DialogueRemarkRepository remarks;

	private final Clock clock;

	ProjectDialogues(ProjectTrajectories projects, MeetingPlanning meetings, MeetingAttendance attendance,
			FacilitatorLinkRepository links, DialogueRemarkRepository remarks, Clock clock) {
		this.projects = projects;
		this.meetings = meetings;
		this.attendance = attendance;
		this.links = links;
		this.remarks = remarks;
		this.clock = clock;
	}

	/** The project's dialogues, soonest first, if this person sees the project. */
	Overview overview(long projectId, AccountPrincipal user) {
		ProjectTrajectories.Project project = this.projects.find(projectId, user).orElseThrow(NotFoundException::new);
		List<MeetingFill> dialogues = this.meetings.dialoguesOf(projectId);
		if (dialogues.isEmpty()) {
			return new Overview(project, List.of());
		}
		Map<Long, long[]> linkCounts = new HashMap<>();
		for (Object[] count : this.links.countByMeeting(projectId, this.clock.instant())) {
			linkCounts.put((Long) count[0], new long[] { (Long) count[1], (Long) count[2] });
		}
		Map<Long, Long> remarkCounts = new HashMap<>();
		for (Object[] count : this.remarks.countByMeeting(projectId)) {
			remarkCounts.put((Long) count[0], (Long) count[1]);
		}
		Map<Long, Long> present = this.attendance.presentCounts(dialogues.stream().map(MeetingFill::id).toList());
		return new Overview(project, dialogues.stream().map((dialogue) -> {
			long[] linkCount = linkCounts.getOrDefault(dialogue.id(), new long[2]);
			return new Row(dialogue, linkCount[0], linkCount[1], remarkCounts.getOrDefault(dialogue.id(), 0L),
					present.getOrDefault(dialogue.id(), 0L));
		}).toList());
	}

	/** The project and its dialogues. */
	record Overview(ProjectTrajectories.Project project, List<Row> dialogues) {

		/** How many dialogues are planned (not cancelled). */
		public long planned() {
			return this.dialogues.stream()
				.filter((row) -> row.dialogue().status() != MeetingFill.Status.CANCELLED)
				.count();
		}

	}

	/**
	 * A dialogue on the page.
	 *
	 * @param dialogue when, where and how full
	 * @param links the facilitator's links made for it
	 * @param workingLinks those that still work
	 * @param remarks the remarks recorded
	 * @param present how many were marked present (none: attendance not recorded)
	 */
	record Row(MeetingFill dialogue, long links, long workingLinks, long remarks, long present) {
	}

}
