package nl.nvp.goedegesprek.research;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.trajectory.StepLinks;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * The research steps link to the region's figures, the survey (for those who run the
 * trajectory) and the research report, as the research card does. No statements.
 */
@Component
class ResearchStepLinks implements StepLinks {

	@Override
	public Map<StepType, List<Link>> links(TrajectoryRef trajectory) {
		String base = "/trajecten/" + trajectory.id();
		Map<StepType, List<Link>> links = new EnumMap<>(StepType.class);
		links.put(StepType.RESEARCH_FIGURES, List.of(new Link("research.stepLink.figures", null, base + "/cijfers")));
		List<Link> experience = new ArrayList<>();
		if (trajectory.editable()) {
			experience.add(new Link("research.stepLink.survey", null, base + "/vragenlijst"));
		}
		experience.add(new Link("research.stepLink.report", null, base + "/onderzoek"));
		links.put(StepType.RESEARCH_EXPERIENCE, experience);
		return links;
	}

}
