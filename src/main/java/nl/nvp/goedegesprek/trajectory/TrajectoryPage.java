package nl.nvp.goedegesprek.trajectory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a trajectory's page shows: its details, the cards and the links of its steps, in
 * one read-only transaction. The cards and links of other modules join it, so what they
 * read twice (the trajectory, its reach, its meetings) comes from the same persistence
 * context and the same {@link nl.nvp.goedegesprek.shared.ReadMemo}, and the page takes
 * one connection and one transaction instead of one per card.
 */
@Component
class TrajectoryPage {

	private final TrajectoryPlanning planning;

	private final List<TrajectoryCard> cards;

	private final List<StepLinks> stepLinks;

	TrajectoryPage(TrajectoryPlanning planning, List<TrajectoryCard> cards, List<StepLinks> stepLinks) {
		this.planning = planning;
		this.cards = cards.stream().sorted(Comparator.comparingInt(TrajectoryCard::order)).toList();
		this.stepLinks = stepLinks;
	}

	/**
	 * The page's model.
	 *
	 * @param details the trajectory as this person sees it
	 * @param cards the cards, in their order
	 * @param stepLinks by step, the links of all modules
	 */
	record Model(TrajectoryViews.Details details, List<TrajectoryCard.Card> cards,
			Map<StepType, List<StepLinks.Link>> stepLinks) {
	}

	@Transactional(readOnly = true)
	Model of(long id, AccountPrincipal user) {
		TrajectoryViews.Details details = this.planning.details(id, user);
		List<TrajectoryCard.Card> shown = this.cards.stream()
			.flatMap((card) -> card.card(details.ref()).stream())
			.toList();
		Map<StepType, List<StepLinks.Link>> links = new EnumMap<>(StepType.class);
		for (StepLinks contribution : this.stepLinks) {
			contribution.links(details.ref())
				.forEach((step, found) -> links.computeIfAbsent(step, (key) -> new ArrayList<>()).addAll(found));
		}
		return new Model(details, shown, links);
	}

}
