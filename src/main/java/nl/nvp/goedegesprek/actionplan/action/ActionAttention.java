package nl.nvp.goedegesprek.actionplan.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.shared.IdArray;
import nl.nvp.goedegesprek.trajectory.TrajectoryAttention;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * Improvement actions on the start page: for the coordinators who run a trajectory, the
 * actions past their deadline and those due within {@value #DAYS_AHEAD} days; for
 * policymakers, how their region's actions progress (done, running, late). A regional
 * coordinator sees nothing of the actions of a trajectory in their region that others
 * run. One statement however many trajectories and actions.
 */
@Component
class ActionAttention implements TrajectoryAttention {

	static final int DAYS_AHEAD = 14;

	private final ActionRepository actions;

	private final Clock clock;

	ActionAttention(ActionRepository actions, Clock clock) {
		this.actions = actions;
		this.clock = clock;
	}

	@Override
	public Map<Long, List<Point>> attention(List<TrajectoryRef> trajectories, AccountPrincipal user) {
		Map<Long, TrajectoryRef> byId = new HashMap<>();
		trajectories.forEach((trajectory) -> byId.put(trajectory.id(), trajectory));
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, long[]> counts = new HashMap<>();
		for (Object[] row : this.actions.countByDeadlineIn(IdArray.of(byId.keySet()), today,
				today.plusDays(DAYS_AHEAD))) {
			long[] count = counts.computeIfAbsent(((Number) row[0]).longValue(), (id) -> new long[4]);
			ActionStatus status = ActionStatus.valueOf((String) row[1]);
			if (status.isClosed()) {
				count[0] += (status == ActionStatus.DONE) ? ((Number) row[4]).longValue() : 0;
			}
			else {
				count[1] += ((Number) row[4]).longValue();
				count[2] += number(row[2]);
				count[3] += number(row[3]);
			}
		}
		Map<Long, List<Point>> points = new HashMap<>();
		counts.forEach((id, count) -> {
			List<Point> found = new ArrayList<>();
			if (byId.get(id).manageable()) {
				if (count[2] > 0) {
					found.add(new Point("action.attention.late", List.of(count[2]), "/trajecten/" + id + "/acties",
							true));
				}
				if (count[3] > 0) {
					found.add(new Point("action.attention.soon", List.of(count[3], DAYS_AHEAD),
							"/trajecten/" + id + "/acties", false));
				}
			}
			else if (user.is(Role.POLICYMAKER)) {
				found.add(new Point("action.attention.progress", List.of(count[0], count[1] - count[2], count[2]),
						"/trajecten/" + id + "/actieplan", count[2] > 0));
			}
			if (!found.isEmpty()) {
				points.put(id, found);
			}
		});
		return points;
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

}
