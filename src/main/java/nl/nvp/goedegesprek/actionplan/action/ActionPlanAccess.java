package nl.nvp.goedegesprek.actionplan.action;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a trajectory's actions and plan: whoever sees the trajectory reads
 * them (an action's contact person is shown to the coordinators alone); its coordinators
 * change them while it is not closed.
 */
@Component
public class ActionPlanAccess {

	private final Trajectories trajectories;

	ActionPlanAccess(Trajectories trajectories) {
		this.trajectories = trajectories;
	}

	public TrajectoryRef visible(long trajectoryId, AccountPrincipal user) {
		return this.trajectories.find(trajectoryId, user).orElseThrow(NotFoundException::new);
	}

	public TrajectoryRef editable(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = visible(trajectoryId, user);
		if (!trajectory.editable()) {
			throw new AccessDeniedException("Only the trajectory's coordinators change its action plan");
		}
		return trajectory;
	}

}
