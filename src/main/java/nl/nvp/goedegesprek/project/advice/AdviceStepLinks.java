package nl.nvp.goedegesprek.project.advice;

import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.trajectory.StepLinks;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * A national project's Advies step links to the project's advice: no statement.
 */
@Component
class AdviceStepLinks implements StepLinks {

	@Override
	public Map<StepType, List<Link>> links(TrajectoryRef trajectory) {
		if (!trajectory.steps().contains(StepType.ADVICE)) {
			return Map.of();
		}
		return Map.of(StepType.ADVICE,
				List.of(new Link("advice.stepLink", null, "/trajecten/" + trajectory.id() + "/adviezen")));
	}

}
