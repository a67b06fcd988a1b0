package nl.nvp.goedegesprek.harvest;

import java.util.Set;

/**
 * What other modules built on a trajectory's topics and ideas (the action plan's actions
 * come from them): implemented by those modules, so that a topic in use stays chosen and
 * an idea in use is not removed, without this module depending on them.
 */
public interface HarvestUse {

	/** The topics of this trajectory that something is built on. */
	Set<Long> topicsInUse(long trajectoryId);

	/** Whether something is built on this idea. */
	boolean ideaInUse(long ideaId);

}
