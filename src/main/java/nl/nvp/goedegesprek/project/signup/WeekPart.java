package nl.nvp.goedegesprek.project.signup;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * A part of the week someone can take part: a weekday and a part of the day. Written as
 * "1-MORNING" (Monday morning) in the form and the database.
 *
 * @param weekday 1 (Monday) to 7 (Sunday)
 * @param part morning, afternoon or evening
 */
public record WeekPart(int weekday, Part part) {

	/** The parts of a day. */
	public enum Part {

		MORNING, AFTERNOON, EVENING

	}

	public WeekPart {
		if (weekday < 1 || weekday > 7 || part == null) {
			throw new IllegalArgumentException("No part of the week");
		}
	}

	/** Reads "1-MORNING"; anything else is refused (a binding error at the field). */
	public static WeekPart valueOf(String text) {
		int dash = (text != null) ? text.indexOf('-') : -1;
		if (dash != 1 || text.length() > 12) {
			throw new IllegalArgumentException("No part of the week");
		}
		char day = text.charAt(0);
		if (day < '1' || day > '7') {
			throw new IllegalArgumentException("No part of the week");
		}
		return new WeekPart(day - '0', Part.valueOf(text.substring(dash + 1)));
	}

	public DayOfWeek day() {
		return DayOfWeek.of(this.weekday);
	}

	/** Every part of the week, Monday morning first. */
	static List<WeekPart> all() {
		List<WeekPart> all = new ArrayList<>();
		for (int day = 1; day <= 7; day++) {
			for (Part part : Part.values()) {
				all.add(new WeekPart(day, part));
			}
		}
		return all;
	}

	@Override
	public String toString() {
		return this.weekday + "-" + this.part.name();
	}

}
