package nl.nvp.goedegesprek.actionplan.action;

import java.util.Collection;
import java.util.List;

import nl.nvp.goedegesprek.overview.AnnualActions;

import org.springframework.stereotype.Component;

/**
 * For the annual numbers of the national overview: the improvement actions agreed and
 * done per trajectory and year, from their status history (kept by day). An action counts
 * as agreed in the year it first became agreed, in progress or done (also when it was
 * stopped later: it was agreed), and as done in the year it last became done, if it is
 * done now. One statement.
 */
@Component
class ActionYearCounts implements AnnualActions {

	private final ActionRepository actions;

	ActionYearCounts(ActionRepository actions) {
		this.actions = actions;
	}

	@Override
	public List<Count> counts(Collection<Long> trajectoryIds) {
		return this.actions.countPerYear(trajectoryIds)
			.stream()
			.map((row) -> new Count(row.getTrajectoryId(), row.getYear(), row.getAgreed(), row.getDone()))
			.toList();
	}

}
