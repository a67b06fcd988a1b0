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
	 * What needs attention outside any trajectory (a region's requests to start, waiting
	 * for an answer), in a fixed number of statements.
	 * @param user the person
	 * @return the points, none by default
	 */
	default List<Point> general(AccountPrincipal user) {
		return List.of();
	}

	/**
	 * The ids of the trajectories this person runs, for points meant for their
	 * coordinators only.
	 * @param trajectories the trajectories asked about
	 * @return the ids of those that are {@code manageable}
	 */
	static List<Long> run(List<TrajectoryRef> trajectories) {
		return trajectories.stream().filter(TrajectoryRef::manageable).map(TrajectoryRef::id).toList();
	}

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
