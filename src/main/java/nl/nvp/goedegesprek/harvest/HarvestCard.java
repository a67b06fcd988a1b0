package nl.nvp.goedegesprek.harvest;

import java.util.Optional;

import nl.nvp.goedegesprek.trajectory.TrajectoryCard;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;

/**
 * The harvest card on a trajectory's page: its topics, the harvest of its meetings and
 * the priorities.
 */
@Component
class HarvestCard implements TrajectoryCard {

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<Card> card(TrajectoryRef trajectory) {
		return Optional.of(new Card("harvest/card", trajectory, null));
	}

}
