package nl.nvp.goedegesprek.harvest.topic;

import java.util.Collection;
import java.util.List;

import nl.nvp.goedegesprek.overview.TopicChoices;

import org.springframework.stereotype.Component;

/**
 * For the recurring topics of the national overview: which topics trajectories chose,
 * with their ideas. One statement.
 */
@Component
class TopicRecurrence implements TopicChoices {

	private final TopicRepository topics;

	TopicRecurrence(TopicRepository topics) {
		this.topics = topics;
	}

	@Override
	public List<Choice> chosen(Collection<Long> trajectoryIds) {
		return this.topics.findChoicesBy(trajectoryIds)
			.stream()
			.map((row) -> new Choice(row.getTrajectoryId(), row.getTopicId(), row.getName(), row.getCatalogue(),
					row.getIdeas()))
			.toList();
	}

}
