package nl.nvp.goedegesprek.project.placement;

import nl.nvp.goedegesprek.meeting.MeetingPlacements;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The place at a dialogue that confirming a group gave someone ({@link DialogueGroups}),
 * for the sign-up side of the project: when a parent or guardian withdraws the consent
 * for a child's sign-up (decision 51), a place the child has at an upcoming dialogue ends
 * with it, as a cancel through the child's personal link ends it.
 */
@Service
public class DialoguePlaces {

	private final JdbcClient jdbc;

	private final MeetingPlacements meetings;

	DialoguePlaces(JdbcClient jdbc, MeetingPlacements meetings) {
		this.jdbc = jdbc;
		this.meetings = meetings;
	}

	/**
	 * Ends the place the sign-up's person has at an upcoming dialogue of the project, if
	 * any, because a parent's or guardian's consent was withdrawn. Call inside the
	 * caller's transaction, with the project's row locked (as every change to the
	 * grouping locks it), so that no group is confirmed meanwhile.
	 * @return whether a place ended
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean endAfterWithdrawnConsent(long signUpId) {
		return this.jdbc.sql(
				"select registration_id from project_group_member where sign_up_id = ? and registration_id is not null")
			.param(signUpId)
			.query(Long.class)
			.optional()
			.map(this.meetings::endAfterWithdrawnConsent)
			.orElse(false);
	}

}
