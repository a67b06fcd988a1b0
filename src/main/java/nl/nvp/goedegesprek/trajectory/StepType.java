package nl.nvp.goedegesprek.trajectory;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of "Het goede gesprek", in their order. A regional dialoogtafel is a step of
 * its own: the single half-day meeting of the lightest variant. A national dialogue
 * project has steps of its own: sign-up, the many small dialogues, analysis and advice
 * (decision 45).
 */
public enum StepType {

	KICK_OFF, RESEARCH_FIGURES, RESEARCH_EXPERIENCE, DIALOGUE_MEETING_1, DIALOGUE_MEETING_2, ACTION_PLAN, FOLLOW_UP,
	DIALOGUE_TABLE, SIGN_UP, DIALOGUES, ANALYSIS, ADVICE;

	/** The steps of the full trajectory, which a subset chooses from. */
	public static final Set<StepType> FULL = EnumSet.range(KICK_OFF, FOLLOW_UP);

	/**
	 * The steps a regional trajectory may have: the full trajectory's and the
	 * dialoogtafel.
	 */
	public static final Set<StepType> REGIONAL = EnumSet.range(KICK_OFF, DIALOGUE_TABLE);

	/** The steps of a national dialogue project. */
	public static final Set<StepType> NATIONAL_PROJECT = EnumSet.range(SIGN_UP, ADVICE);

}
