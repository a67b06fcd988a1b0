package nl.nvp.goedegesprek.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small groups are hidden, and a total is shown only where subtracting the groups shown
 * from it does not give a hidden group's size away.
 */
class SmallGroupsTest {

	@Test
	void groupsUnderFiveAreHiddenFiveAndMoreShown() {
		assertThat(SmallGroups.hidden(0)).isTrue();
		assertThat(SmallGroups.hidden(4)).isTrue();
		assertThat(SmallGroups.hidden(5)).isFalse();
		assertThat(SmallGroups.hidden(120)).isFalse();
	}

	@Test
	void aTotalIsShownOnlyWhenNoHiddenGroupCanBeWorkedOut() {
		// Nothing hidden: the total tells nothing new.
		assertThat(SmallGroups.totalHides(List.of(5L, 12L))).isTrue();
		// One hidden group: total minus the others is its size.
		assertThat(SmallGroups.totalHides(List.of(5L, 12L, 4L))).isFalse();
		assertThat(SmallGroups.totalHides(List.of(5L, 12L, 0L))).isFalse();
		// Two or more hidden: only when together they are at least 5 (empty ones
		// included) and not all 4.
		assertThat(SmallGroups.totalHides(List.of(5L, 4L, 3L))).isTrue();
		assertThat(SmallGroups.totalHides(List.of(5L, 1L, 0L))).isFalse();
		assertThat(SmallGroups.totalHides(List.of(5L, 2L, 2L))).isFalse();
		assertThat(SmallGroups.totalHides(List.of(5L, 4L, 1L))).isTrue();
		assertThat(SmallGroups.totalHides(List.of(5L, 4L, 4L, 0L))).isTrue();
		assertThat(SmallGroups.totalHides(List.of(5L, 0L, 0L))).isFalse();
		assertThat(SmallGroups.totalHides(List.of(5L, 4L, 4L))).isFalse();
		assertThat(SmallGroups.totalHides(List.of(0L, 0L))).isFalse();
		// The total is a group too: all hidden and together under 5, it is hidden.
		assertThat(SmallGroups.totalHides(List.of(1L, 1L, 2L, 0L))).isFalse();
		assertThat(SmallGroups.totalHides(List.of(1L, 2L, 2L, 0L))).isTrue();
		assertThat(SmallGroups.totalHides(List.of(1L, 1L, 2L, 1L))).isTrue();
	}

	@Test
	void everyHiddenGroupHasMoreThanOnePossibleSizeWhenTheTotalIsShown() {
		// Exhaustive over three hidden groups next to a shown one: whenever the total is
		// shown, each hidden group could have another size with the same total.
		for (int a = 0; a < 5; a++) {
			for (int b = 0; b < 5; b++) {
				for (int c = 0; c < 5; c++) {
					if (!SmallGroups.totalHides(List.of(7L, (long) a, (long) b, (long) c))) {
						continue;
					}
					assertThat(a + b + c).as("hidden sum of %d, %d, %d", a, b, c)
						.isGreaterThanOrEqualTo(SmallGroups.MIN_SIZE);
					int[] real = { a, b, c };
					for (int group = 0; group < 3; group++) {
						assertThat(otherSizePossible(real, group)).as("%d, %d, %d: group %d", a, b, c, group).isTrue();
					}
				}
			}
		}
	}

	private static boolean otherSizePossible(int[] real, int group) {
		int sum = real[0] + real[1] + real[2];
		for (int a = 0; a < 5; a++) {
			for (int b = 0; b < 5; b++) {
				int c = sum - a - b;
				int[] other = { a, b, c };
				if (c >= 0 && c < 5 && other[group] != real[group]) {
					return true;
				}
			}
		}
		return false;
	}

}
