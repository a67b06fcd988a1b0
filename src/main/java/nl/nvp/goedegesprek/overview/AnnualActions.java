package nl.nvp.goedegesprek.overview;

import java.util.Collection;
import java.util.List;

/**
 * The improvement actions agreed and done per trajectory and year, for the annual numbers
 * (issue 16). Implemented by the action-plan module, so that the overview knows none of
 * its tables. One statement however many trajectories and actions.
 */
public interface AnnualActions {

	/**
	 * The actions of these trajectories, counted per year: agreed in the year an action
	 * first became agreed, in progress or done; done in the year an action that is done
	 * now was done.
	 * @param trajectoryIds the trajectories (not empty)
	 * @return one entry per trajectory and year with an action agreed or done
	 */
	List<Count> counts(Collection<Long> trajectoryIds);

	/**
	 * A trajectory's actions in a year.
	 *
	 * @param trajectoryId the trajectory
	 * @param year the year
	 * @param agreed how many were agreed that year
	 * @param done how many were done that year
	 */
	record Count(long trajectoryId, int year, long agreed, long done) {
	}

}
