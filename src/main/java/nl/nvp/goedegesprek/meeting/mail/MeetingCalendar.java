package nl.nvp.goedegesprek.meeting.mail;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.nvp.goedegesprek.meeting.registration.RegistrationMail;

import org.springframework.stereotype.Component;

/**
 * The calendar file (.ics) of a meeting, made with ical4j.
 */
@Component
class MeetingCalendar {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	String ics(RegistrationMail.MeetingFacts meeting, String description, String personalUrl) {
		ZonedDateTime start = ZonedDateTime.of(meeting.date(), meeting.startTime(), ZONE);
		ZonedDateTime end = ZonedDateTime.of(meeting.date(), meeting.endTime(), ZONE);
		VEvent event = new VEvent(start, end, meeting.title());
		event.add(new Uid("meeting-" + meeting.publicId() + "@goedegesprek"));
		String location = meeting.online() ? meeting.onlineLink() : meeting.address();
		if (location != null) {
			event.add(new Location(location));
		}
		event.add(new Description(description));
		if (personalUrl != null) {
			event.add(new Url(URI.create(personalUrl)));
		}
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//NVP//Goede Gesprek//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(event);
		return calendar.toString();
	}

}
