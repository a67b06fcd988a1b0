package nl.nvp.goedegesprek.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them in the page's language and in Dutch time: "3 december 2026,
 * 14:30". Used in templates as {@code ${@dates.date(...)}}.
 */
@Component("dates")
class Dates {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	// One formatter per language, made once: pages call these for every row.
	private final Map<Locale, DateTimeFormatter> dates = new ConcurrentHashMap<>();

	private final Map<Locale, DateTimeFormatter> dateTimes = new ConcurrentHashMap<>();

	private final Map<Locale, DateTimeFormatter> shortDates = new ConcurrentHashMap<>();

	public String date(LocalDate date) {
		return (date != null)
				? formatter(this.dates, (locale) -> DateTimeFormatter.ofPattern("d MMMM yyyy", locale)).format(date)
				: "";
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return formatter(this.dateTimes, (locale) -> DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale))
			.format(instant.atZone(ZONE));
	}

	public String shortDate(LocalDate date) {
		return (date != null) ? formatter(this.shortDates,
				(locale) -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))
			.format(date) : "";
	}

	/**
	 * The formatter for the current language, kept for the few languages there are (the
	 * locale resolver knows two); made anew for any other.
	 */
	private static DateTimeFormatter formatter(Map<Locale, DateTimeFormatter> kept,
			Function<Locale, DateTimeFormatter> make) {
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter formatter = kept.get(locale);
		if (formatter == null) {
			formatter = make.apply(locale);
			if (kept.size() < 8) {
				kept.put(locale, formatter);
			}
		}
		return formatter;
	}

}
