package nl.nvp.goedegesprek.output.publication;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.overview.RegionSection;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * On a region's page, under each trajectory with published outputs: those outputs, with a
 * link to the trajectory's public page. One statement for all trajectories.
 */
@Component
class OutputRegionSection implements RegionSection {

	private final PublicOutputs outputs;

	OutputRegionSection(PublicOutputs outputs) {
		this.outputs = outputs;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Map<Long, Section> sections(List<TrajectoryRef> trajectories) {
		Map<Long, String> titles = new HashMap<>();
		trajectories.forEach((trajectory) -> titles.put(trajectory.id(), trajectory.title()));
		Map<Long, Section> sections = new HashMap<>();
		this.outputs.ofTrajectories(trajectories.stream().map(TrajectoryRef::id).toList(), titles)
			.forEach((id, items) -> sections.put(id, new Section("output/region-section", new Published(id, items))));
		return sections;
	}

	/**
	 * A trajectory's published outputs.
	 *
	 * @param trajectoryId the trajectory
	 * @param items its outputs, newest first
	 */
	record Published(long trajectoryId, List<PublicOutputs.Item> items) {
	}

}
