package nl.nvp.goedegesprek.actionplan;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a trajectory's topics, harvest and actions: whoever sees the
 * trajectory reads them (quotes carry a role only; an action's contact person is shown to
 * the coordinators alone); its coordinators change them while it is not closed.
 */
@Component
class ActionPlanAccess {

	private final Trajectories trajectories;

	ActionPlanAccess(Trajectories trajectories) {
		this.trajectories = trajectories;
	}

	TrajectoryRef visible(long trajectoryId, AccountPrincipal user) {
		return this.trajectories.find(trajectoryId, user).orElseThrow(NotFoundException::new);
	}

	TrajectoryRef editable(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = visible(trajectoryId, user);
		if (!trajectory.editable()) {
			throw new AccessDeniedException("Only the trajectory's coordinators change its action plan");
		}
		return trajectory;
	}

}
