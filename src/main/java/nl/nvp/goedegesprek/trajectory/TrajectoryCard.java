package nl.nvp.goedegesprek.trajectory;

import java.util.Optional;

/**
 * A card on a trajectory's page, contributed by the module that owns what it shows
 * (research, harvest, action plan). The module chooses its links and figures and draws
 * them with its own template fragment, so the trajectory module knows none of their URLs.
 */
public interface TrajectoryCard {

	/**
	 * Cards are shown in this order, lowest first.
	 * @return the position of this card
	 */
	int order();

	/**
	 * The card for this trajectory as this person sees it. Called only after the person
	 * was allowed to see the trajectory.
	 * @param trajectory the trajectory, with what this person may do in it
	 * @return the card, or empty to show none
	 */
	Optional<Card> card(TrajectoryRef trajectory);

	/**
	 * What to draw.
	 *
	 * @param template the template whose fragment {@code card(card)} draws the card, e.g.
	 * {@code research/card}
	 * @param trajectory the trajectory the card is for
	 * @param model what the fragment shows, built by the contributing module (may be
	 * {@code null})
	 */
	record Card(String template, TrajectoryRef trajectory, Object model) {
	}

}
