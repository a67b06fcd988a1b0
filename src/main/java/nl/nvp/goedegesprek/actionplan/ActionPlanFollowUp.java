package nl.nvp.goedegesprek.actionplan;

import java.util.Optional;

import nl.nvp.goedegesprek.trajectory.TrajectoryFollowUp;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the trajectory page the progress of its actions.
 */
@Component
class ActionPlanFollowUp implements TrajectoryFollowUp {

	private final Actions actions;

	ActionPlanFollowUp(Actions actions) {
		this.actions = actions;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Progress> progress(long trajectoryId) {
		return this.actions.progress(trajectoryId);
	}

}
