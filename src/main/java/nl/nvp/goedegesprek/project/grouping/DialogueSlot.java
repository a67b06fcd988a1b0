package nl.nvp.goedegesprek.project.grouping;

import java.util.Objects;

/**
 * A dialogue the assistant may fill: one already planned, or one the coordinator
 * considers planning (then {@code id} is any number unique in the request). Each dialogue
 * slot holds at most one group.
 *
 * @param id the dialogue's id, unique in one request
 * @param when its date and part of the day
 * @param mode {@link Mode#ONLINE} or {@link Mode#IN_PERSON}
 * @param regionCode for a dialogue in person, the region its participants come from;
 * {@code null} when any region will do; not used for online dialogues
 * @param seatsPerRole the most participants of one role in the group (at least 1)
 */
public record DialogueSlot(long id, Slot when, Mode mode, String regionCode, int seatsPerRole) {

	public DialogueSlot {
		Objects.requireNonNull(when, "when");
		Objects.requireNonNull(mode, "mode");
		if (mode == Mode.EITHER) {
			throw new IllegalArgumentException("A dialogue is online or in person");
		}
		if (seatsPerRole < 1) {
			throw new IllegalArgumentException("At least one seat per role");
		}
	}

	/**
	 * Whether the candidate's mode and region fit this dialogue: online dialogues take
	 * anyone who takes part online, a dialogue in person of a region only those of that
	 * region (someone who gave no region only dialogues in person without one).
	 */
	public boolean fitsPlace(Candidate candidate) {
		if (!candidate.mode().allows(this.mode)) {
			return false;
		}
		return this.mode == Mode.ONLINE || this.regionCode == null || this.regionCode.equals(candidate.regionCode());
	}

	/**
	 * Whether the candidate can come: available at this time, and mode and region fit.
	 */
	public boolean suits(Candidate candidate) {
		return candidate.availability().covers(this.when) && fitsPlace(candidate);
	}

}
