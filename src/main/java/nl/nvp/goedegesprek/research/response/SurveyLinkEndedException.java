package nl.nvp.goedegesprek.research.response;

import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.shared.NotFoundException;

/**
 * A survey link that worked once but was replaced by a coordinator. Its page says kindly
 * that the link no longer works and whom to ask for the new one (410 Gone); it names
 * nothing of the survey but whether it was the children's version. Elsewhere it counts as
 * not found.
 */
class SurveyLinkEndedException extends NotFoundException {

	private final Audience audience;

	SurveyLinkEndedException(Audience audience) {
		this.audience = audience;
	}

	Audience getAudience() {
		return this.audience;
	}

}
