package nl.nvp.goedegesprek.actionplan.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.nvp.goedegesprek.actionplan.action.ActionRepository;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.actionplan.action.ImprovementAction;
import nl.nvp.goedegesprek.actionplan.action.StatusHistory;
import nl.nvp.goedegesprek.trajectory.TrajectoryFollowUp;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the trajectory page the progress of its actions, in short (its caller checked
 * access).
 */
@Component
class ActionPlanFollowUp implements TrajectoryFollowUp {

	private final ActionRepository actions;

	private final StatusHistory history;

	private final Clock clock;

	ActionPlanFollowUp(ActionRepository actions, StatusHistory history, Clock clock) {
		this.actions = actions;
		this.history = history;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Progress> progress(long trajectoryId) {
		LocalDate today = LocalDate.now(this.clock);
		List<ImprovementAction> all = this.actions.findByTrajectory(trajectoryId);
		if (all.isEmpty()) {
			return Optional.empty();
		}
		long done = all.stream().filter((action) -> action.getStatus() == ActionStatus.AFGEROND).count();
		long overdue = all.stream().filter((action) -> action.isOverdue(today)).count();
		List<Month> months = this.history.months(trajectoryId, today)
			.stream()
			.map((month) -> new Month(month.month(), month.count(ActionStatus.AFGEROND), month.total()))
			.toList();
		return Optional.of(new Progress(all.size(), done, overdue, months));
	}

}
