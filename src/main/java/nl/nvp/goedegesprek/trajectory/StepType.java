package nl.nvp.goedegesprek.trajectory;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of "Het goede gesprek", in their order. A regional dialoogtafel is a step of
 * its own: the single half-day meeting of the lightest variant.
 */
public enum StepType {

	KICK_OFF, RESEARCH_FIGURES, RESEARCH_EXPERIENCE, DIALOGUE_MEETING_1, DIALOGUE_MEETING_2, ACTION_PLAN, FOLLOW_UP,
	DIALOGUE_TABLE;

	/** The steps of the full trajectory, which a subset chooses from. */
	public static final Set<StepType> FULL = EnumSet.range(KICK_OFF, FOLLOW_UP);

}
