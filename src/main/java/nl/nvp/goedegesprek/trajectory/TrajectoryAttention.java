package nl.nvp.goedegesprek.trajectory;

import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;

/**
 * What needs attention in trajectories, for the start page of the person who is logged in
 * (issue 15): contributed by the module that owns it (meetings, research, action plan),
 * so that the trajectory module knows none of their tables or URLs. Each contribution
 * costs a fixed number of SQL statements however many trajectories are asked about.
 */
public interface TrajectoryAttention {

	/**
	 * What needs attention.
	 * @param trajectories the open trajectories this person may see (and, where
	 * {@code manageable}, runs)
	 * @param user the person
	 * @return by trajectory id, the points that need attention (absent when none)
	 */
	Map<Long, List<Point>> attention(List<TrajectoryRef> trajectories, AccountPrincipal user);

	/**
	 * One point on the start page.
	 *
	 * @param message the message key of its text
	 * @param arguments the text's arguments (numbers, titles, dates already written out)
	 * @param link the page where it is dealt with
	 * @param late whether it is overdue (shown as such, in words)
	 */
	record Point(String message, List<Object> arguments, String link, boolean late) {

		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
