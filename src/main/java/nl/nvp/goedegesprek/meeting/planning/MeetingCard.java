package nl.nvp.goedegesprek.meeting.planning;

import java.util.Optional;

import nl.nvp.goedegesprek.trajectory.TrajectoryCard;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings card on a trajectory's page: every meeting of the trajectory, soonest
 * first, with its day, kind and places taken, each a link to its page.
 */
@Component
class MeetingCard implements TrajectoryCard {

	private final Meetings meetings;

	MeetingCard(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Card> card(TrajectoryRef trajectory) {
		return Optional.of(new Card("meeting/card", trajectory, this.meetings.ofTrajectory(trajectory)));
	}

}
