package nl.nvp.goedegesprek.actionplan.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.overview.RegionSection;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * On a region's page, under each trajectory with actions: how many are done, running and
 * overdue, and the actions themselves by deadline, each linked to its page, with the
 * national action it feeds where the NVP took it up. One statement for all trajectories.
 */
@Component
class ActionRegionSection implements RegionSection {

	private final ActionRepository actions;

	private final Clock clock;

	ActionRegionSection(ActionRepository actions, Clock clock) {
		this.actions = actions;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Map<Long, Section> sections(List<TrajectoryRef> trajectories) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<Line>> lines = new HashMap<>();
		for (ActionRepository.ActionLine action : this.actions
			.findLines(trajectories.stream().map(TrajectoryRef::id).toList())) {
			boolean overdue = !action.status().isClosed() && action.deadline() != null
					&& action.deadline().isBefore(today);
			lines.computeIfAbsent(action.trajectoryId(), (id) -> new ArrayList<>())
				.add(new Line(action.id(), action.title(), action.status(), action.deadline(), overdue,
						action.scope() == ActionScope.NATIONAL, action.nationalAction()));
		}
		Map<Long, Section> sections = new HashMap<>();
		lines.forEach((id, found) -> {
			long done = found.stream().filter((line) -> line.status() == ActionStatus.DONE).count();
			long overdue = found.stream().filter(Line::overdue).count();
			long running = found.stream().filter((line) -> !line.overdue() && !line.status().isClosed()).count();
			sections.put(id, new Section("actionplan/region-section", new Actions(id, done, running, overdue, found)));
		});
		return sections;
	}

	/**
	 * A trajectory's actions.
	 *
	 * @param trajectoryId the trajectory, for the links
	 * @param done how many are done
	 * @param running how many are proposed, agreed or in progress and not overdue
	 * @param overdue how many are open past their deadline
	 * @param lines the actions, by deadline
	 */
	record Actions(long trajectoryId, long done, long running, long overdue, List<Line> lines) {
	}

	/**
	 * An action.
	 *
	 * @param id its id
	 * @param title its title
	 * @param status where it stands
	 * @param deadline its deadline, or {@code null}
	 * @param overdue whether it is open past its deadline
	 * @param national whether the region handed it to the NVP
	 * @param nationalAction the title of the national action it feeds, or {@code null}
	 */
	record Line(long id, String title, ActionStatus status, LocalDate deadline, boolean overdue, boolean national,
			String nationalAction) {
	}

}
