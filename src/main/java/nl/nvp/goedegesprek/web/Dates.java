package nl.nvp.goedegesprek.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them in the page's language and in Dutch time: "3 december 2026,
 * 14:30". Used in templates as {@code ${@dates.date(...)}}.
 */
@Component("dates")
class Dates {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	public String date(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale()).format(date)
				: "";
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", LocaleContextHolder.getLocale())
			.format(instant.atZone(ZONE));
	}

	public String shortDate(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.format(date) : "";
	}

}
