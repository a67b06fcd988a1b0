package nl.nvp.goedegesprek.project.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.trajectory.StepLinks;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * A national project's analysis step links to its codebook, the coding (for whoever runs
 * it) and the analysis by theme. No statements.
 */
@Component
class CodebookStepLinks implements StepLinks {

	@Override
	public Map<StepType, List<Link>> links(TrajectoryRef trajectory) {
		if (trajectory.regionCode() != null) {
			return Map.of();
		}
		String base = "/trajecten/" + trajectory.id();
		List<Link> links = new ArrayList<>();
		links.add(new Link("codebook.stepLink.codebook", null, base + "/codeboek"));
		if (trajectory.editable()) {
			links.add(new Link("codebook.stepLink.coding", null, base + "/codering"));
		}
		links.add(new Link("codebook.stepLink.analysis", null, base + "/analyse"));
		return Map.of(StepType.ANALYSIS, List.copyOf(links));
	}

}
