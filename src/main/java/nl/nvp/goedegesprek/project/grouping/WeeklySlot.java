package nl.nvp.goedegesprek.project.grouping;

import java.time.DayOfWeek;
import java.util.Objects;

/** A part of the week, such as "Tuesday evening": it matches every Tuesday evening. */
public record WeeklySlot(DayOfWeek day, PartOfDay part) {

	public WeeklySlot {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(part, "part");
	}

}
