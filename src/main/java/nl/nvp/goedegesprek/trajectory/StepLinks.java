package nl.nvp.goedegesprek.trajectory;

import java.util.List;
import java.util.Map;

/**
 * Links from a step on the trajectory's page to what belongs to it: a meeting step to its
 * meetings, the research steps to the figures and the survey, the action plan and
 * follow-up to the plan and its actions. Contributed by the module that owns the page, so
 * that the trajectory module knows none of their URLs; each costs a fixed number of
 * statements.
 */
public interface StepLinks {

	/**
	 * The links for this trajectory as this person sees it (called only after the person
	 * was allowed to see the trajectory).
	 * @param trajectory the trajectory
	 * @return by step, its links (absent when none)
	 */
	Map<StepType, List<Link>> links(TrajectoryRef trajectory);

	/**
	 * A link.
	 *
	 * @param message the message key of its text
	 * @param argument the text's argument (a title), or {@code null}
	 * @param href where it leads
	 */
	record Link(String message, String argument, String href) {
	}

}
