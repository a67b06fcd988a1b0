package nl.nvp.goedegesprek.project.placement;

import java.util.List;

import nl.nvp.goedegesprek.meeting.MeetingPlacements;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.grouping.Mode;
import nl.nvp.goedegesprek.region.RegionSummary;

/**
 * What the grouping page shows: as little of each person as grouping needs (name, role,
 * region, how they take part and what support they need), never an address, a case code
 * or a hash.
 */
final class PlacementViews {

	private PlacementViews() {
	}

	/**
	 * The page: the dialogues with their groups, and who is not placed.
	 *
	 * @param regions the regions an in-person dialogue can be given
	 */
	record Board(List<ParticipantRole> roles, List<Group> groups, List<Person> unplaced, int tookPart,
			List<RegionSummary> regions) {

		/** Whether a complete group has someone to confirm. */
		public boolean completeToConfirm() {
			return this.groups.stream().anyMatch((group) -> group.complete() && group.toConfirm() > 0);
		}

	}

	/**
	 * A dialogue with its group.
	 *
	 * @param regionCode for a dialogue in person, the region whose people it takes, or
	 * null while the coordinator has chosen none (anyone who can come in person)
	 * @param regionName that region's name, or null
	 * @param seatsPerRole the most of one role the assistant puts in the group
	 * @param missing the project's roles nobody in the group has
	 * @param mustNotMeet pairs of names who share a case or organisation (which, is never
	 * said)
	 * @param overfull roles with more members than seats
	 */
	record Group(MeetingPlacements.Dialogue dialogue, String regionCode, String regionName, String partOfDay,
			int seatsPerRole, List<Person> members, List<ParticipantRole> missing, List<List<String>> mustNotMeet,
			List<ParticipantRole> overfull, int toConfirm) {

		public boolean complete() {
			return this.missing.isEmpty();
		}

		public boolean hasWarnings() {
			return !this.mustNotMeet.isEmpty() || !this.overfull.isEmpty()
					|| this.members.stream().anyMatch(Person::hasWarnings);
		}

	}

	/**
	 * A person as the page shows them.
	 *
	 * @param needs message keys of the support they asked for
	 * @param hasSupportNote whether they wrote what they need (shown on the sign-ups
	 * page)
	 * @param fixed the coordinator put them here: the assistant keeps them
	 * @param confirmed they have a place at the dialogue (a registration)
	 * @param reason in the not placed list: why the assistant did not place them (message
	 * key), or null
	 * @param cancelledOn in the not placed list: they cancelled their place at this
	 * dialogue, or null
	 * @param notAvailable in a group: not available at the dialogue's time
	 * @param wrongMode in a group: they do not take part in this way
	 * @param otherRegion in a group: the dialogue is in person in another region than
	 * theirs
	 */
	record Person(long signUpId, String name, ParticipantRole role, String regionName, Mode mode, List<String> needs,
			boolean hasSupportNote, boolean fixed, boolean confirmed, String reason,
			MeetingPlacements.Dialogue cancelledOn, boolean notAvailable, boolean wrongMode, boolean otherRegion) {

		public boolean hasWarnings() {
			return this.notAvailable || this.wrongMode || this.otherRegion;
		}

		@Override
		public String toString() {
			return "Person[" + this.signUpId + "]";
		}

	}

	/** How confirming a dialogue went. */
	/**
	 * How many got a place, how many found it full, how many groups with a warning
	 * waited.
	 */
	record Confirmed(int placed, int full, int skipped) {
	}

}
