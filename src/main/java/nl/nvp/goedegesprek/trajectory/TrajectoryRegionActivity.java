package nl.nvp.goedegesprek.trajectory;

import java.util.HashMap;
import java.util.Map;

import nl.nvp.goedegesprek.region.RegionActivity;

import org.springframework.stereotype.Component;

/**
 * Tells the region overview how many trajectories ran, run or are planned per region: the
 * counts of the national map's standings, in one query.
 */
@Component
class TrajectoryRegionActivity implements RegionActivity {

	private final RegionTrajectories trajectories;

	TrajectoryRegionActivity(RegionTrajectories trajectories) {
		this.trajectories = trajectories;
	}

	@Override
	public Map<String, TrajectoryPresence> byRegionCode() {
		Map<String, TrajectoryPresence> presence = new HashMap<>();
		this.trajectories.standings()
			.forEach((code, standing) -> presence.put(code,
					new TrajectoryPresence(standing.planned(), standing.running(), standing.finished())));
		return presence;
	}

}
