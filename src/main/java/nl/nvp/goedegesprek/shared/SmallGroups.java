package nl.nvp.goedegesprek.shared;

import java.util.Collection;

/**
 * Counts of people shown only for groups of at least {@value #MIN_SIZE}, so that nobody
 * in a small group can be recognised: the survey's results and export, the start page's
 * survey counts and the annual numbers all hide the same groups. A total over groups of
 * which some are hidden can give a hidden group away by subtraction; {@link #totalHides}
 * says when a total is safe to show.
 */
public final class SmallGroups {

	/** The smallest group whose count is shown. */
	public static final int MIN_SIZE = 5;

	private SmallGroups() {
	}

	/**
	 * Whether a group of this size is hidden (shown only as "fewer than 5"; an empty
	 * group too, so that "fewer than 5" says nothing about whether anyone was there).
	 * @param count the group's size
	 * @return whether its count is not shown
	 */
	public static boolean hidden(long count) {
		return count < MIN_SIZE;
	}

	/**
	 * Whether the total of these groups can be shown without giving away the size of a
	 * hidden one. The total is a group itself, so under {@value #MIN_SIZE} it is hidden.
	 * Whoever reads the total subtracts the groups shown and learns the sum of the hidden
	 * ones, each between 0 and {@value #MIN_SIZE} - 1. That sum pins one group down
	 * exactly when only one group is hidden, or when the sum is as large as it can be
	 * (all {@value #MIN_SIZE} - 1). A small sum is as risky: whoever knows that one
	 * hidden group was empty (a role nobody has) learns the others' sizes. So the hidden
	 * groups together, empty ones included, must be at least {@value #MIN_SIZE}: a group
	 * of their own that is not small.
	 * @param counts the groups' sizes, hidden ones included
	 * @return whether the total keeps every hidden group hidden
	 */
	public static boolean totalHides(Collection<Long> counts) {
		int hiddenGroups = 0;
		long hiddenSum = 0;
		long total = 0;
		for (long count : counts) {
			total += count;
			if (hidden(count)) {
				hiddenGroups++;
				hiddenSum += count;
			}
		}
		if (hidden(total)) {
			return false;
		}
		if (hiddenGroups == 0) {
			return true;
		}
		return hiddenGroups >= 2 && hiddenSum >= MIN_SIZE && hiddenSum < (long) (MIN_SIZE - 1) * hiddenGroups;
	}

}
