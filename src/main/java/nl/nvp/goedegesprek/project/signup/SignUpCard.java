package nl.nvp.goedegesprek.project.signup;

import java.util.Optional;

import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.trajectory.TrajectoryCard;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Aanmeldingen" card on a national project's page, for whoever runs it: the public
 * sign-up page to pass on, how many signed up (confirmed, and still to confirm), and the
 * link to the list. None on a regional trajectory or for who only reads the project.
 */
@Component
class SignUpCard implements TrajectoryCard {

	private final SignUps signUps;

	private final PublicUrls urls;

	SignUpCard(SignUps signUps, PublicUrls urls) {
		this.signUps = signUps;
		this.urls = urls;
	}

	/**
	 * What the card shows.
	 *
	 * @param publicLink the address of the sign-up page
	 * @param confirmed how many signed up and confirmed
	 * @param pending how many have not confirmed yet (they do not count)
	 * @param open whether the project takes sign-ups
	 */
	record Model(String publicLink, int confirmed, int pending, boolean open) {
	}

	@Override
	public int order() {
		return 2;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Card> card(TrajectoryRef trajectory) {
		if (trajectory.regionCode() != null || !trajectory.manageable()) {
			return Optional.empty();
		}
		// Whoever runs it sees the card; for them, editable is: the trajectory is not
		// closed.
		return this.signUps.cardFigures(trajectory.id())
			.map((figures) -> new Card("project/signup/card", trajectory,
					new Model(this.urls.of("/project-aanmelden/" + figures.publicId()), figures.confirmed(),
							figures.pending(), trajectory.editable() && figures.beforeEnd())));
	}

}
