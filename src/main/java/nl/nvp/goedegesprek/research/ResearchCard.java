package nl.nvp.goedegesprek.research;

import java.util.Optional;

import nl.nvp.goedegesprek.trajectory.TrajectoryCard;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * The research card on a trajectory's page: the region's figures, the survey (for those
 * who run the trajectory) and the research report.
 */
@Component
class ResearchCard implements TrajectoryCard {

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Card> card(TrajectoryRef trajectory) {
		return Optional.of(new Card("research/card", trajectory, null));
	}

}
