package nl.nvp.goedegesprek.harvest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.harvest.item.HarvestForm;
import nl.nvp.goedegesprek.harvest.item.HarvestItems;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.harvest.topic.TopicForm;
import nl.nvp.goedegesprek.harvest.topic.TopicRepository;
import nl.nvp.goedegesprek.harvest.topic.Topics;

import org.springframework.boot.test.context.TestComponent;

/**
 * Topics and harvest for tests, made through the module's own services.
 */
@TestComponent
public class HarvestFixtures {

	private final Topics topics;

	private final TopicRepository topicRepository;

	private final HarvestItems harvest;

	HarvestFixtures(Topics topics, TopicRepository topicRepository, HarvestItems harvest) {
		this.topics = topics;
		this.topicRepository = topicRepository;
		this.harvest = harvest;
	}

	/** The catalogue topic with this name. */
	public long catalogueTopic(String name) {
		return this.topicRepository.findCatalogue()
			.stream()
			.filter((topic) -> topic.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	/** The trajectory chooses these catalogue topics; returns their ids. */
	public List<Long> choose(long trajectoryId, AccountPrincipal coordinator, String... names) {
		List<Long> ids = Arrays.stream(names).map(this::catalogueTopic).toList();
		this.topics.choose(trajectoryId, Set.copyOf(ids), coordinator);
		return ids;
	}

	public long ownTopic(long trajectoryId, AccountPrincipal coordinator, String name) {
		TopicForm form = new TopicForm();
		form.setName(name);
		this.topics.addOwn(trajectoryId, form, coordinator);
		return this.topicRepository.findAvailableTo(trajectoryId)
			.stream()
			.filter((topic) -> topic.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	/** A line of harvest (not a quote) about a chosen topic; returns its id. */
	public long harvest(long trajectoryId, AccountPrincipal coordinator, long topicId, HarvestKind kind, String text) {
		HarvestForm form = new HarvestForm();
		form.setTopicId(topicId);
		form.setKind(kind);
		form.setText(text);
		this.harvest.add(trajectoryId, form, coordinator);
		return this.harvest.overview(trajectoryId, null, coordinator)
			.topics()
			.stream()
			.flatMap((topic) -> topic.of(kind).stream())
			.filter((item) -> item.getText().equals(text))
			.findFirst()
			.orElseThrow()
			.getId();
	}

}
