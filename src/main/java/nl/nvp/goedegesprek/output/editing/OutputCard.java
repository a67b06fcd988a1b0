package nl.nvp.goedegesprek.output.editing;

import java.util.Optional;

import nl.nvp.goedegesprek.trajectory.TrajectoryCard;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * The outputs card on a trajectory's page: a link to its outputs. No statements.
 */
@Component
class OutputCard implements TrajectoryCard {

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<Card> card(TrajectoryRef trajectory) {
		return Optional.of(new Card("output/card", trajectory, null));
	}

}
