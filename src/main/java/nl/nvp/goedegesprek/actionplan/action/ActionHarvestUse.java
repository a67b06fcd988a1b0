package nl.nvp.goedegesprek.actionplan.action;

import java.util.HashSet;
import java.util.Set;

import nl.nvp.goedegesprek.harvest.HarvestUse;

import org.springframework.stereotype.Component;

/**
 * Tells the harvest module which topics and ideas actions are built on, so that they
 * stay.
 */
@Component
class ActionHarvestUse implements HarvestUse {

	private final ActionRepository actions;

	ActionHarvestUse(ActionRepository actions) {
		this.actions = actions;
	}

	@Override
	public Set<Long> topicsInUse(long trajectoryId) {
		return new HashSet<>(this.actions.findTopicIds(trajectoryId));
	}

	@Override
	public boolean ideaInUse(long ideaId) {
		return this.actions.isIdeaUsed(ideaId);
	}

}
