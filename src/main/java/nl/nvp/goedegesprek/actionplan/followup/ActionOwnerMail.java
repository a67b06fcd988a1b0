package nl.nvp.goedegesprek.actionplan.followup;

import java.time.LocalDate;

import nl.nvp.goedegesprek.actionplan.action.ImprovementAction;
import nl.nvp.goedegesprek.shared.SecretToken;

/**
 * A mail to an action's contact person with a personal link to report progress: the link
 * on request, or a reminder before or after the deadline. It holds the raw token, so it
 * lives in memory only, while it is sent: never published as an event or stored (the
 * request is {@link OwnerLinkRequested}, which holds the action's id).
 */
record ActionOwnerMail(Kind kind, String email, String name, String actionTitle, String trajectoryTitle,
		LocalDate deadline, String token) {

	enum Kind {

		LINK, BEFORE, OVERDUE

	}

	static ActionOwnerMail of(Kind kind, ImprovementAction action, String trajectoryTitle, SecretToken token) {
		return new ActionOwnerMail(kind, action.getContactEmail(), action.getContactName(), action.getTitle(),
				trajectoryTitle, action.getDeadline(), token.value());
	}

	@Override
	public String toString() {
		return "ActionOwnerMail[" + this.kind + "]";
	}

}
