package nl.nvp.goedegesprek.trajectory;

import java.util.EnumSet;
import java.util.Set;

/**
 * How much of "Het goede gesprek" a region runs.
 */
enum TrajectoryVariant {

	/** All seven steps, from startbijeenkomst to opvolging. */
	FULL,

	/** The steps the region chose. */
	SUBSET,

	/** One half-day regional dialoogtafel. */
	DIALOGUE_TABLE;

	Set<StepType> steps(Set<StepType> chosen) {
		return switch (this) {
			case FULL -> StepType.FULL;
			case SUBSET -> chosen.stream()
				.filter(StepType.FULL::contains)
				.collect(() -> EnumSet.noneOf(StepType.class), Set::add, Set::addAll);
			case DIALOGUE_TABLE -> EnumSet.of(StepType.DIALOGUE_TABLE);
		};
	}

}
