package nl.nvp.goedegesprek.trajectory;

import java.time.LocalDate;
import java.util.List;

/**
 * Work that still runs in a step: meetings of the step yet to come, a survey still open.
 * Completing a step with such work asks the coordinator first, naming it, so that a step
 * is not closed by a slip while people still register or answer. A module that hangs work
 * on steps implements this (meetings, research), so that the trajectory module knows
 * nothing of them beyond it.
 */
public interface StepWork {

	/**
	 * The step's work that still runs.
	 * @param trajectoryId the trajectory (the caller checked who may see it)
	 * @param step the step to complete
	 * @return the work, soonest first; empty when nothing runs
	 */
	List<Open> open(long trajectoryId, StepType step);

	/**
	 * Work that still runs.
	 *
	 * @param kind what it is, for the page: {@code meeting} or {@code survey}
	 * @param title its title
	 * @param date a meeting's day, or the day a survey closes
	 */
	record Open(String kind, String title, LocalDate date) {
	}

}
