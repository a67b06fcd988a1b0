package nl.nvp.goedegesprek.harvest.topic;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a trajectory's topics and harvest: whoever sees the trajectory
 * reads them (quotes carry a role only); its coordinators change them while it is not
 * closed.
 */
@Component
public class HarvestAccess {

	private final Trajectories trajectories;

	HarvestAccess(Trajectories trajectories) {
		this.trajectories = trajectories;
	}

	public TrajectoryRef visible(long trajectoryId, AccountPrincipal user) {
		return this.trajectories.find(trajectoryId, user).orElseThrow(NotFoundException::new);
	}

	public TrajectoryRef editable(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = visible(trajectoryId, user);
		if (!trajectory.editable()) {
			throw new AccessDeniedException("Only the trajectory's coordinators change its topics and harvest");
		}
		return trajectory;
	}

}
