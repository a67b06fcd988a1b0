package nl.nvp.goedegesprek.trajectory;

import java.util.HashMap;
import java.util.Map;

import nl.nvp.goedegesprek.region.RegionActivity;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the region overview where trajectories ran, run or are planned, in one query.
 */
@Component
class TrajectoryRegionActivity implements RegionActivity {

	private final TrajectoryRepository repository;

	TrajectoryRegionActivity(TrajectoryRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, TrajectoryPresence> byRegionCode() {
		Map<String, TrajectoryPresence> presence = new HashMap<>();
		for (TrajectoryRepository.RegionStatusCount row : this.repository.countByRegionAndStatus()) {
			TrajectoryPresence current = presence.getOrDefault(row.regionCode(), TrajectoryPresence.NONE);
			presence.put(row.regionCode(), switch (row.status()) {
				case DRAFT ->
					new TrajectoryPresence(current.planned() + row.count(), current.running(), current.finished());
				case RUNNING ->
					new TrajectoryPresence(current.planned(), current.running() + row.count(), current.finished());
				case FINISHED ->
					new TrajectoryPresence(current.planned(), current.running(), current.finished() + row.count());
				case CANCELLED -> current;
			});
		}
		return presence;
	}

}
