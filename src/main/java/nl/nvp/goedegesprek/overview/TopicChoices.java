package nl.nvp.goedegesprek.overview;

import java.util.Collection;
import java.util.List;

/**
 * Which topics trajectories chose, with the ideas gathered under each, for the recurring
 * topics (issue 16). Implemented by the harvest module, so that the overview knows none
 * of its tables. One statement however many trajectories.
 */
public interface TopicChoices {

	/**
	 * The topics these trajectories chose.
	 * @param trajectoryIds the trajectories (not empty)
	 * @return one entry per trajectory and topic chosen
	 */
	List<Choice> chosen(Collection<Long> trajectoryIds);

	/**
	 * A topic a trajectory chose.
	 *
	 * @param trajectoryId the trajectory
	 * @param topicId the topic
	 * @param name the topic's name
	 * @param catalogue whether it is in the national topic list (else the trajectory's
	 * own)
	 * @param ideas how many ideas the trajectory gathered under it
	 */
	record Choice(long trajectoryId, long topicId, String name, boolean catalogue, long ideas) {
	}

}
