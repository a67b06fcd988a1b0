package nl.nvp.goedegesprek.harvest.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.overview.RegionSection;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * On a region's page, under each trajectory: the topics it chose, with the number of
 * ideas gathered under each. One statement for all trajectories.
 */
@Component
class TopicRegionSection implements RegionSection {

	private final TopicRepository topics;

	TopicRegionSection(TopicRepository topics) {
		this.topics = topics;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Map<Long, Section> sections(List<TrajectoryRef> trajectories) {
		Map<Long, List<ChosenTopics.Topic>> chosen = new HashMap<>();
		List<Long> ids = trajectories.stream().map(TrajectoryRef::id).toList();
		for (TopicRepository.ChosenTopic row : this.topics.findChosenBy(ids)) {
			chosen.computeIfAbsent(row.getTrajectoryId(), (id) -> new ArrayList<>())
				.add(new ChosenTopics.Topic(row.getName(), row.getIdeas()));
		}
		Map<Long, Section> sections = new HashMap<>();
		for (TrajectoryRef trajectory : trajectories) {
			sections.put(trajectory.id(), new Section("harvest/region-section",
					new ChosenTopics(trajectory.id(), chosen.getOrDefault(trajectory.id(), List.of()))));
		}
		return sections;
	}

	/**
	 * A trajectory's chosen topics.
	 *
	 * @param trajectoryId the trajectory, for the link to its topics
	 * @param topics the topics, by name
	 */
	record ChosenTopics(long trajectoryId, List<Topic> topics) {

		record Topic(String name, long ideas) {
		}

	}

}
