package nl.nvp.goedegesprek.project.setup;

import java.util.Optional;

import nl.nvp.goedegesprek.trajectory.TrajectoryCard;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Landelijk project" card on a national project's trajectory page: period, roles of
 * a dialogue, target and how many dialogues are planned, and the regions it draws from.
 * None on a regional trajectory (no statement); four statements on a project.
 */
@Component
class ProjectCard implements TrajectoryCard {

	private final ProjectSetup setup;

	ProjectCard(ProjectSetup setup) {
		this.setup = setup;
	}

	@Override
	public int order() {
		return 1;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Card> card(TrajectoryRef trajectory) {
		if (trajectory.regionCode() != null) {
			return Optional.empty();
		}
		return this.setup.card(trajectory.id(), trajectory.editable())
			.map((card) -> new Card("project/card", trajectory, card));
	}

}
