package nl.nvp.goedegesprek.harvest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.nvp.goedegesprek.harvest.item.HarvestItem;
import nl.nvp.goedegesprek.harvest.item.HarvestItemRepository;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.harvest.topic.Topic;
import nl.nvp.goedegesprek.harvest.topic.TopicRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The harvest module's API: a trajectory's topics and ideas, for modules that build on
 * them. One query per call; the caller checked that the person may see the trajectory.
 */
@Service
@Transactional(readOnly = true)
public class Harvests {

	private final TopicRepository topics;

	private final HarvestItemRepository items;

	Harvests(TopicRepository topics, HarvestItemRepository items) {
		this.topics = topics;
		this.items = items;
	}

	/** The catalogue and the trajectory's own topics: its own first, then by name. */
	public List<TopicRef> topicsAvailableTo(long trajectoryId) {
		return this.topics.findAvailableTo(trajectoryId).stream().map(Harvests::ref).toList();
	}

	/**
	 * The topics of the national catalogue only (no trajectory's own), by name: what a
	 * national project takes over as the start of its codebook.
	 */
	public List<TopicRef> catalogueTopics() {
		return this.topics.findCatalogue().stream().map(Harvests::ref).toList();
	}

	/** The topics the trajectory chose, by name. */
	public List<TopicRef> chosenTopics(long trajectoryId) {
		return this.topics.findChosen(trajectoryId).stream().map(Harvests::ref).toList();
	}

	public Optional<TopicRef> topic(long topicId) {
		return this.topics.findById(topicId).map(Harvests::ref);
	}

	/** The trajectory's ideas, in the order they were entered. */
	public List<IdeaRef> ideasOf(long trajectoryId) {
		return this.items.findByTrajectoryIdAndKindOrderByIdAsc(trajectoryId, HarvestKind.IDEA)
			.stream()
			.map(Harvests::idea)
			.toList();
	}

	/** These ideas (lines of harvest), in the order they were entered. */
	public List<IdeaRef> ideas(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.items.findByIdIn(ids).stream().map(Harvests::idea).toList();
	}

	private static TopicRef ref(Topic topic) {
		return new TopicRef(topic.getId(), topic.getName());
	}

	private static IdeaRef idea(HarvestItem item) {
		return new IdeaRef(item.getId(), item.getTopicId(), item.getText());
	}

}
