package nl.nvp.goedegesprek.trajectory;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of "Het goede gesprek", in their order. A regional dialoogtafel is a step of
 * its own: the single half-day meeting of the lightest variant.
 */
public enum StepType {

	STARTBIJEENKOMST, ONDERZOEK_CIJFERS, ONDERZOEK_BELEVING, DIALOOGBIJEENKOMST_1, DIALOOGBIJEENKOMST_2, ACTIEPLAN,
	OPVOLGING, DIALOOGTAFEL;

	/** The steps of the full trajectory, which a subset chooses from. */
	public static final Set<StepType> FULL = EnumSet.range(STARTBIJEENKOMST, OPVOLGING);

}
