package nl.nvp.goedegesprek.trajectory;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * How a trajectory's improvement actions progress, for its page: implemented by the
 * action plan module, so that the trajectory page can show it without depending on it.
 * Called only after the person was allowed to see the trajectory.
 */
public interface TrajectoryFollowUp {

	Optional<Progress> progress(long trajectoryId);

	/** The actions, how many are done and overdue, and per month how many were done. */
	record Progress(long actions, long done, long overdue, List<Month> months) {

		public long largest() {
			return Math.max(1, this.months.stream().mapToLong(Month::total).max().orElse(1));
		}

	}

	record Month(YearMonth month, long done, long total) {
	}

}
