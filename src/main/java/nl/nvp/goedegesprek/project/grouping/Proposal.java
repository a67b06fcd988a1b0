package nl.nvp.goedegesprek.project.grouping;

import java.util.List;
import java.util.Objects;

/**
 * What the grouping assistant proposes: groups in dialogues, in the order of the
 * dialogues (by time, then id), and the candidates it could not place, by sign-up id,
 * each with the reason.
 */
public record Proposal(List<Group> groups, List<Unplaced> unplaced) {

	public Proposal {
		groups = List.copyOf(groups);
		unplaced = List.copyOf(unplaced);
	}

	/**
	 * A group in one dialogue. A group without fixed members is only proposed when it is
	 * complete; a dialogue with fixed members always has a group, also when the assistant
	 * could not complete it (then {@code missingRoles} says which roles are lacking).
	 *
	 * @param dialogue the dialogue
	 * @param members by role (in the order of the project's roles), then sign-up id
	 * @param missingRoles the required roles nobody in the group has, in the order of the
	 * project's roles
	 * @param mustNotMeet sign-up ids of fixed members who share a case or organisation
	 * with another member: only the coordinator can put such people together, and this
	 * says they did; empty otherwise
	 */
	public record Group(DialogueSlot dialogue, List<Member> members, List<String> missingRoles,
			List<Long> mustNotMeet) {

		public Group {
			Objects.requireNonNull(dialogue, "dialogue");
			members = List.copyOf(members);
			missingRoles = List.copyOf(missingRoles);
			mustNotMeet = List.copyOf(mustNotMeet);
		}

		/** Every required role is present. */
		public boolean complete() {
			return this.missingRoles.isEmpty();
		}

	}

	/** A member of a group; fixed when the coordinator put them there. */
	public record Member(long signUpId, String role, boolean fixed) {

	}

	/** A candidate the assistant did not place, and why. */
	public record Unplaced(long signUpId, Reason reason) {

	}

	/** Why a candidate is in no group, checked in this order. */
	public enum Reason {

		/** Their role is not one of the roles a dialogue of this project is made of. */
		ROLE_NOT_NEEDED,

		/** No dialogue falls in the dates or parts of the week they gave. */
		NO_DIALOGUE_AT_THEIR_TIMES,

		/**
		 * Dialogues at their times exist, but none online or in person in their region as
		 * they asked.
		 */
		NO_DIALOGUE_IN_THEIR_MODE_OR_REGION,

		/**
		 * No dialogue they can join got a complete group: too few others of the other
		 * roles then.
		 */
		NO_COMPLETE_GROUP_AT_THEIR_TIMES,

		/** Every group they can join already has the most people of their role. */
		ROLE_FULL,

		/**
		 * Every group they can join with a seat left for their role holds someone from
		 * their own case or organisation.
		 */
		OWN_CASE_OR_ORGANISATION,

		/**
		 * A group with a seat left would become unequal: more of their role than of
		 * another role by two or more.
		 */
		GROUP_BALANCE

	}

}
