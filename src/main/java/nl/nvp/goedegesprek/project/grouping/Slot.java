package nl.nvp.goedegesprek.project.grouping;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A concrete part of a concrete day: 3 March 2027, evening. Slots sort by date, then by
 * part of the day.
 */
public record Slot(LocalDate date, PartOfDay part) implements Comparable<Slot> {

	private static final Comparator<Slot> ORDER = Comparator.comparing(Slot::date).thenComparing(Slot::part);

	public Slot {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(part, "part");
	}

	/** The part of the week this slot falls in. */
	public WeeklySlot weekly() {
		return new WeeklySlot(this.date.getDayOfWeek(), this.part);
	}

	@Override
	public int compareTo(Slot other) {
		return ORDER.compare(this, other);
	}

}
