package nl.nvp.goedegesprek.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a link for a meeting (a table host's, a facilitator's) stops working: at the start
 * of the third day after the meeting, Dutch time, so that what was said can be entered
 * the evening after; a link made later than that still works one day.
 */
public final class LinkExpiry {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private LinkExpiry() {
	}

	public static Instant afterMeeting(LocalDate meetingDate, Instant now) {
		Instant expires = meetingDate.plusDays(3).atStartOfDay(AMSTERDAM).toInstant();
		return expires.isBefore(now) ? now.plus(Duration.ofDays(1)) : expires;
	}

}
