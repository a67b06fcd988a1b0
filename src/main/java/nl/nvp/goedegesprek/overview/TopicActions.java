package nl.nvp.goedegesprek.overview;

import java.util.Collection;
import java.util.List;

/**
 * The improvement actions per trajectory and topic, and the national actions they feed,
 * for the recurring topics (issue 16). Implemented by the action-plan module, which also
 * gives the addresses of its national-action pages, so that the overview knows none of
 * its tables or URLs. One statement however many trajectories.
 */
public interface TopicActions {

	/**
	 * The actions of these trajectories, counted per trajectory and topic, with the
	 * national action they are linked to.
	 * @param trajectoryIds the trajectories (not empty)
	 * @return one entry per trajectory, topic and national action (or none)
	 */
	List<Count> counts(Collection<Long> trajectoryIds);

	/**
	 * Where a national coordinator creates a national action for a topic.
	 * @param topicName the topic, to fill in the title
	 * @return the address of the form
	 */
	String createHref(String topicName);

	/**
	 * Where a national coordinator links regions' actions to national actions.
	 * @return the address of the national list
	 */
	String listHref();

	/**
	 * Actions of a trajectory on a topic.
	 *
	 * @param trajectoryId the trajectory
	 * @param topicId the topic
	 * @param actions how many
	 * @param national the national action they are linked to, or {@code null}
	 */
	record Count(long trajectoryId, long topicId, long actions, NationalLink national) {
	}

	/**
	 * A national action.
	 *
	 * @param title its title
	 * @param href its page
	 */
	record NationalLink(String title, String href) {
	}

}
