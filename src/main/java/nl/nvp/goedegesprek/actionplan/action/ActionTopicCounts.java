package nl.nvp.goedegesprek.actionplan.action;

import java.util.Collection;
import java.util.List;

import nl.nvp.goedegesprek.overview.TopicActions;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * For the recurring topics of the national overview: the actions per trajectory and
 * topic, the national actions they feed, and where national actions are made and linked.
 * One statement.
 */
@Component
class ActionTopicCounts implements TopicActions {

	private static final String NATIONAL = "/landelijke-acties";

	private final ActionRepository actions;

	ActionTopicCounts(ActionRepository actions) {
		this.actions = actions;
	}

	@Override
	public List<Count> counts(Collection<Long> trajectoryIds) {
		return this.actions.countByTopic(trajectoryIds)
			.stream()
			.map((row) -> new Count((Long) row[0], (Long) row[1], ((Number) row[4]).longValue(),
					(row[2] != null) ? new NationalLink((String) row[3], NATIONAL + "/" + row[2]) : null))
			.toList();
	}

	@Override
	public String createHref(String topicName) {
		return UriComponentsBuilder.fromPath(NATIONAL)
			.queryParam("onderwerp", topicName)
			.fragment("nieuw")
			.encode()
			.build()
			.toUriString();
	}

	@Override
	public String listHref() {
		return NATIONAL;
	}

}
