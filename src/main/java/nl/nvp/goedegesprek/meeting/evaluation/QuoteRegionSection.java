package nl.nvp.goedegesprek.meeting.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.PublishedQuote;
import nl.nvp.goedegesprek.meeting.PublishedQuotes;
import nl.nvp.goedegesprek.overview.RegionSection;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * On a region's page, under each trajectory that has them: the quotes of participants a
 * coordinator published (decision 43). One statement for all trajectories.
 */
@Component
class QuoteRegionSection implements RegionSection {

	private final PublishedQuotes quotes;

	QuoteRegionSection(PublishedQuotes quotes) {
		this.quotes = quotes;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Map<Long, Section> sections(List<TrajectoryRef> trajectories) {
		Map<Long, List<PublishedQuote>> byTrajectory = new HashMap<>();
		for (PublishedQuote quote : this.quotes
			.forTrajectories(trajectories.stream().map(TrajectoryRef::id).toList())) {
			byTrajectory.computeIfAbsent(quote.trajectoryId(), (id) -> new ArrayList<>()).add(quote);
		}
		Map<Long, Section> sections = new HashMap<>();
		byTrajectory.forEach((id, list) -> sections.put(id, new Section("meeting/region-section", list)));
		return sections;
	}

}
