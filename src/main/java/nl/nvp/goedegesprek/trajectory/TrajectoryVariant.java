package nl.nvp.goedegesprek.trajectory;

import java.util.EnumSet;
import java.util.Set;

/**
 * How much of "Het goede gesprek" a region runs, or a national dialogue project.
 */
enum TrajectoryVariant {

	/** All seven steps, from startbijeenkomst to opvolging. */
	FULL,

	/** The steps the region chose. */
	SUBSET,

	/** One half-day regional dialoogtafel. */
	DIALOGUE_TABLE,

	/**
	 * A national dialogue project: many small dialogues across the country, without a
	 * region of its own (decision 45). Made through the project module.
	 */
	NATIONAL_PROJECT;

	/** The variants of a regional trajectory, to choose from in the trajectory form. */
	static final java.util.List<TrajectoryVariant> REGIONAL = java.util.List.of(FULL, SUBSET, DIALOGUE_TABLE);

	boolean isNational() {
		return this == NATIONAL_PROJECT;
	}

	Set<StepType> steps(Set<StepType> chosen) {
		return switch (this) {
			case FULL -> StepType.FULL;
			case SUBSET -> chosen.stream()
				.filter(StepType.FULL::contains)
				.collect(() -> EnumSet.noneOf(StepType.class), Set::add, Set::addAll);
			case DIALOGUE_TABLE -> EnumSet.of(StepType.DIALOGUE_TABLE);
			case NATIONAL_PROJECT -> StepType.NATIONAL_PROJECT;
		};
	}

}
