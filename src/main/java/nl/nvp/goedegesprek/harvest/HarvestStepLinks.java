package nl.nvp.goedegesprek.harvest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.trajectory.StepLinks;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * The dialogue meetings link to the topics and the harvest (the first) and to the
 * priorities (the second), as the harvest card does. No statements.
 */
@Component
class HarvestStepLinks implements StepLinks {

	@Override
	public Map<StepType, List<Link>> links(TrajectoryRef trajectory) {
		String base = "/trajecten/" + trajectory.id();
		Map<StepType, List<Link>> links = new EnumMap<>(StepType.class);
		links.put(StepType.DIALOGUE_MEETING_1, List.of(new Link("harvest.stepLink.topics", null, base + "/onderwerpen"),
				new Link("harvest.stepLink.harvest", null, base + "/oogst")));
		links.put(StepType.DIALOGUE_MEETING_2,
				List.of(new Link("harvest.stepLink.priorities", null, base + "/prioriteiten")));
		return links;
	}

}
