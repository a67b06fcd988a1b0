package nl.nvp.goedegesprek.actionplan.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import nl.nvp.goedegesprek.actionplan.action.ActionRepository;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.actionplan.action.ImprovementAction;
import nl.nvp.goedegesprek.actionplan.action.StatusHistory;
import nl.nvp.goedegesprek.trajectory.TrajectoryCard;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan's card on the trajectory page: links to the actions and the plan, and
 * once there are actions, how they progress (its caller checked access).
 */
@Component
class FollowUpCard implements TrajectoryCard {

	private final ActionRepository actions;

	private final StatusHistory history;

	private final Clock clock;

	FollowUpCard(ActionRepository actions, StatusHistory history, Clock clock) {
		this.actions = actions;
		this.history = history;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Card> card(TrajectoryRef trajectory) {
		return Optional.of(new Card("actionplan/card", trajectory, progress(trajectory.id())));
	}

	private Progress progress(long trajectoryId) {
		LocalDate today = LocalDate.now(this.clock);
		List<ImprovementAction> all = this.actions.findByTrajectory(trajectoryId);
		if (all.isEmpty()) {
			return null;
		}
		long done = all.stream().filter((action) -> action.getStatus() == ActionStatus.DONE).count();
		long overdue = all.stream().filter((action) -> action.isOverdue(today)).count();
		List<Month> months = this.history.months(trajectoryId, today)
			.stream()
			.map((month) -> new Month(month.month(), month.count(ActionStatus.DONE), month.total()))
			.toList();
		return new Progress(all.size(), done, overdue, months);
	}

	/** The actions, how many are done and overdue, and per month how many were done. */
	record Progress(long actions, long done, long overdue, List<Month> months) {

		public long largest() {
			return Math.max(1, this.months.stream().mapToLong(Month::total).max().orElse(1));
		}

	}

	record Month(YearMonth month, long done, long total) {
	}

}
