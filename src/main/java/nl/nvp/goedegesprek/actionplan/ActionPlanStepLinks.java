package nl.nvp.goedegesprek.actionplan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.trajectory.StepLinks;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/** The action plan step links to the plan, follow-up to the actions. No statements. */
@Component
class ActionPlanStepLinks implements StepLinks {

	@Override
	public Map<StepType, List<Link>> links(TrajectoryRef trajectory) {
		String base = "/trajecten/" + trajectory.id();
		Map<StepType, List<Link>> links = new EnumMap<>(StepType.class);
		links.put(StepType.ACTION_PLAN, List.of(new Link("actionplan.stepLink.plan", null, base + "/actieplan")));
		links.put(StepType.FOLLOW_UP, List.of(new Link("actionplan.stepLink.actions", null, base + "/acties")));
		return links;
	}

}
