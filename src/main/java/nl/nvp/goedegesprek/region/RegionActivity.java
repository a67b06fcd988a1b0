package nl.nvp.goedegesprek.region;

import java.util.Map;

/**
 * Tells, per region, whether a trajectory ran, runs or is planned there. Implemented by
 * the trajectory module, so that the region overview can show it without the region
 * module depending on trajectories.
 */
public interface RegionActivity {

	Map<String, TrajectoryPresence> byRegionCode();

	/** Counts of a region's trajectories by phase. */
	record TrajectoryPresence(long planned, long running, long finished) {

		public static final TrajectoryPresence NONE = new TrajectoryPresence(0, 0, 0);

	}

}
