package nl.nvp.goedegesprek.research.access;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a trajectory's research. Whoever may see the trajectory reads its
 * figures; its coordinators change them and build and run the survey; survey results and
 * the report are for its coordinators, and for the others who see the trajectory (the
 * region's policymakers) once a coordinator publishes them. Open answers stay with the
 * coordinators.
 */
@Component
public class ResearchAccess {

	private final Trajectories trajectories;

	private final ResearchSummaryRepository summaries;

	ResearchAccess(Trajectories trajectories, ResearchSummaryRepository summaries) {
		this.trajectories = trajectories;
		this.summaries = summaries;
	}

	/** The trajectory, if this person may see it; otherwise not found. */
	public TrajectoryRef visible(long trajectoryId, AccountPrincipal user) {
		return this.trajectories.find(trajectoryId, user).orElseThrow(NotFoundException::new);
	}

	/** The trajectory, if this person runs it and it is not closed. */
	public TrajectoryRef editable(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = visible(trajectoryId, user);
		if (!trajectory.editable()) {
			throw new AccessDeniedException("Only the trajectory's coordinators change its research");
		}
		return trajectory;
	}

	/** The trajectory, if this person runs it (closed or not). */
	public TrajectoryRef managed(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = visible(trajectoryId, user);
		if (!trajectory.manageable()) {
			throw new AccessDeniedException("Only the trajectory's coordinators read open answers");
		}
		return trajectory;
	}

	/** The trajectory, if this person may read its results now. */
	public TrajectoryRef resultsReader(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = visible(trajectoryId, user);
		if (!trajectory.manageable() && !isPublished(trajectoryId)) {
			throw new AccessDeniedException("Results are not published yet");
		}
		return trajectory;
	}

	public boolean isPublished(long trajectoryId) {
		return this.summaries.findById(trajectoryId).map(ResearchSummary::isPublished).orElse(false);
	}

	/**
	 * Whether the results were ever published: from then on they stay as they were, also
	 * when publication is withdrawn and given again (decision 14).
	 */
	public boolean wasEverPublished(long trajectoryId) {
		return this.summaries.findById(trajectoryId).map(ResearchSummary::wasEverPublished).orElse(false);
	}

}
