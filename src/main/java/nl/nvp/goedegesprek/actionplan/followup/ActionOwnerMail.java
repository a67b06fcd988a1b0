package nl.nvp.goedegesprek.actionplan.followup;

import java.time.LocalDate;

/**
 * A mail to an action's contact person with a personal link to report progress: the link
 * on request, or a reminder before or after the deadline. Sent after the commit.
 */
record ActionOwnerMail(Kind kind, String email, String name, String actionTitle, String trajectoryTitle,
		LocalDate deadline, String token) {

	enum Kind {

		LINK, BEFORE, OVERDUE

	}

	@Override
	public String toString() {
		return "ActionOwnerMail[" + this.kind + "]";
	}

}
