package nl.nvp.goedegesprek.meeting.mail;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.nvp.goedegesprek.meeting.registration.RegistrationMail;

import org.springframework.stereotype.Component;

/**
 * The calendar file (.ics) of a meeting, made with ical4j. Every file about one meeting
 * has the same UID; its SEQUENCE is the meeting's calendar sequence, raised on every move
 * and on cancellation, so that a calendar replaces the entry it has with the newer file
 * (METHOD:PUBLISH) or removes it (METHOD:CANCEL, STATUS:CANCELLED).
 * <p>
 * Times are local times in Europe/Amsterdam, and the file carries that zone's definition
 * (VTIMEZONE), as RFC 5545 requires and Outlook needs. The file holds nothing personal:
 * calendars are shared and synchronised, so the participant's personal link stays in the
 * mail.
 */
@Component
class MeetingCalendar {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final VTimeZone zone = definition(ZONE);

	/**
	 * @param meeting the meeting as it is now
	 * @param description what the entry says
	 * @param organizer the sender's e-mail address, or {@code null}
	 * @param cancel whether the file cancels the entry
	 */
	String ics(RegistrationMail.MeetingFacts meeting, String description, String organizer, boolean cancel) {
		Calendar calendar = calendar();
		calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
		calendar.add(this.zone.copy());
		calendar.add(event(meeting, description, organizer, cancel));
		return calendar.toString();
	}

	/**
	 * A calendar of many meetings (a coordinator's feed): one entry per meeting, with the
	 * same UID and SEQUENCE as the participants' files; a cancelled meeting is marked so.
	 * @param name the calendar's name
	 * @param entries the meetings with what each entry says
	 */
	String feed(String name, List<FeedEntry> entries) {
		Calendar calendar = calendar();
		// No METHOD: a subscribed calendar is not an iTIP message (which would need an
		// ORGANIZER per entry).
		calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
		calendar.add(this.zone.copy());
		for (FeedEntry entry : entries) {
			calendar.add(event(entry.meeting(), entry.description(), null, entry.cancelled()));
		}
		return calendar.toString();
	}

	private static Calendar calendar() {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//NVP//Goede Gesprek//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		return calendar;
	}

	private static VEvent event(RegistrationMail.MeetingFacts meeting, String description, String organizer,
			boolean cancelled) {
		VEvent event = new VEvent(ZonedDateTime.of(meeting.date(), meeting.startTime(), ZONE),
				ZonedDateTime.of(meeting.date(), meeting.endTime(), ZONE), meeting.title());
		event.add(new Uid(uid(meeting)));
		event.add(new Sequence(meeting.sequence()));
		if (organizer != null) {
			event.add(new Organizer(URI.create("mailto:" + organizer)));
		}
		if (cancelled) {
			event.add(ImmutableStatus.VEVENT_CANCELLED);
		}
		String location = meeting.online() ? meeting.onlineLink() : meeting.address();
		if (location != null) {
			event.add(new Location(location));
		}
		event.add(new Description(description));
		return event;
	}

	/**
	 * A meeting in a feed.
	 *
	 * @param meeting the meeting as it is now
	 * @param description what the entry says
	 * @param cancelled whether it was cancelled
	 */
	record FeedEntry(RegistrationMail.MeetingFacts meeting, String description, boolean cancelled) {
	}

	/**
	 * The zone's definition from the zoneinfo that ical4j bundles (read from its jar,
	 * never fetched: see ical4j.properties). ical4j keeps Europe/Amsterdam as an alias of
	 * Europe/Brussels (as the tz database has since 2022: their rules are the same since
	 * 1970), so the definition takes its observances under the name of the zone our times
	 * are in, without the address (TZURL) and location that name Brussels.
	 */
	private static VTimeZone definition(ZoneId zone) {
		VTimeZone bundled = TimeZoneRegistryFactory.getInstance()
			.createRegistry()
			.getTimeZone(zone.getId())
			.getVTimeZone()
			.copy();
		VTimeZone definition = new VTimeZone(bundled.getComponentList());
		definition.add(new TzId(zone.getId()));
		bundled.getProperty(Property.LAST_MODIFIED).ifPresent(definition::add);
		return definition;
	}

	/** The same for every file about this meeting, whatever changes. */
	static String uid(RegistrationMail.MeetingFacts meeting) {
		return "meeting-" + meeting.publicId() + "@goedegesprek";
	}

}
