package nl.nvp.goedegesprek.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One thing a module holds about a person (a registration, an evaluation, a contact
 * role), as named fields. The page and the PDF label a field with the message
 * {@code personalData.<kind>.<field>} from the owning module's bundle, and a value with
 * its {@code valueKey} when there is one; the JSON export gives names and values.
 *
 * @param kind what it is ({@code registration}, {@code evaluation}, ...)
 * @param fields its fields, in order
 */
public record PersonalRecord(String kind, List<Field> fields) {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

	public PersonalRecord {
		fields = List.copyOf(fields);
	}

	/**
	 * A field: its name, its value (text, a number, a date or a moment), and a message
	 * key for the value or null.
	 */
	public record Field(String name, Object value, String valueKey) {

		public String labelKey(String kind) {
			return "personalData." + kind + "." + this.name;
		}

		/** The value as the export writes it (dates and moments in ISO 8601). */
		public String text() {
			return String.valueOf(this.value);
		}

		/**
		 * The value as people read it: dates and moments in the language and in Dutch
		 * time ("3 december 2026, 14:30"), the rest as text.
		 */
		public String shown(Locale locale) {
			if (this.value instanceof Instant instant) {
				return MOMENT.withLocale(locale).format(instant.atZone(ZONE));
			}
			if (this.value instanceof LocalDate date) {
				return DATE.withLocale(locale).format(date);
			}
			return text();
		}

	}

	public static Builder of(String kind) {
		return new Builder(kind);
	}

	/** Builds a record; fields without a value are left out. */
	public static final class Builder {

		private final String kind;

		private final List<Field> fields = new ArrayList<>();

		private Builder(String kind) {
			this.kind = kind;
		}

		public Builder field(String name, Object value) {
			if (value != null) {
				this.fields.add(new Field(name, value, null));
			}
			return this;
		}

		/** An enum value, shown with the message {@code <prefix>.<NAME>}. */
		public Builder coded(String name, Enum<?> value, String prefix) {
			if (value != null) {
				this.fields.add(new Field(name, value.name(), prefix + "." + value.name()));
			}
			return this;
		}

		/** A yes/no value, shown as yes or no. */
		public Builder flag(String name, boolean value) {
			this.fields.add(new Field(name, value, "personalData.flag." + value));
			return this;
		}

		public PersonalRecord build() {
			return new PersonalRecord(this.kind, this.fields);
		}

	}

}
