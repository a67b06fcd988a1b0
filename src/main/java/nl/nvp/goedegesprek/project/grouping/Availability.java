package nl.nvp.goedegesprek.project.grouping;

import java.util.Arrays;
import java.util.Set;

/**
 * When a participant can take part: concrete slots ("3 March, evening"), parts of the
 * week ("Tuesday evenings"), or both. A dialogue slot is covered when it is one of the
 * dates or falls in one of the parts of the week.
 */
public record Availability(Set<Slot> dates, Set<WeeklySlot> weekly) {

	public Availability {
		dates = (dates != null) ? Set.copyOf(dates) : Set.of();
		weekly = (weekly != null) ? Set.copyOf(weekly) : Set.of();
	}

	public static Availability on(Slot... dates) {
		return new Availability(Set.copyOf(Arrays.asList(dates)), Set.of());
	}

	public static Availability every(WeeklySlot... weekly) {
		return new Availability(Set.of(), Set.copyOf(Arrays.asList(weekly)));
	}

	public boolean covers(Slot slot) {
		return this.dates.contains(slot) || this.weekly.contains(slot.weekly());
	}

}
