package nl.nvp.goedegesprek.actionplan.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.trajectory.TrajectoryAttention;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * A version of the action plan with the policymakers: for the coordinators who run the
 * trajectory, how many policymakers gave their verdict; for a policymaker who has not
 * yet, that it waits for theirs. One statement however many trajectories.
 */
@Component
class ReviewAttention implements TrajectoryAttention {

	private final PlanVersionRepository versions;

	ReviewAttention(PlanVersionRepository versions) {
		this.versions = versions;
	}

	@Override
	public Map<Long, List<Point>> attention(List<TrajectoryRef> trajectories, AccountPrincipal user) {
		Map<Long, TrajectoryRef> byId = new HashMap<>();
		trajectories.forEach((trajectory) -> byId.put(trajectory.id(), trajectory));
		Map<Long, List<Point>> points = new HashMap<>();
		for (Object[] row : this.versions.findInReview(byId.keySet(), user.id())) {
			long trajectoryId = ((Number) row[0]).longValue();
			String link = "/trajecten/" + trajectoryId + "/actieplan/versies/" + ((Number) row[1]).longValue();
			int number = ((Number) row[2]).intValue();
			long verdicts = ((Number) row[3]).longValue();
			boolean given = Boolean.TRUE.equals(row[4]);
			if (byId.get(trajectoryId).manageable()) {
				points.put(trajectoryId,
						List.of(new Point("plan.attention.verdicts", List.of(number, verdicts), link, false)));
			}
			else if (!given && user.is(Role.POLICYMAKER)) {
				points.put(trajectoryId,
						List.of(new Point("plan.attention.waitsForYou", List.of(number), link, false)));
			}
		}
		return points;
	}

}
