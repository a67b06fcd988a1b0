package nl.nvp.goedegesprek.meeting.mail;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
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
 */
@Component
class MeetingCalendar {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/**
	 * @param meeting the meeting as it is now
	 * @param description what the entry says
	 * @param personalUrl the participant's personal link, or {@code null}
	 * @param organizer the sender's e-mail address, or {@code null}
	 * @param cancel whether the file cancels the entry
	 */
	String ics(RegistrationMail.MeetingFacts meeting, String description, String personalUrl, String organizer,
			boolean cancel) {
		ZonedDateTime start = ZonedDateTime.of(meeting.date(), meeting.startTime(), ZONE);
		ZonedDateTime end = ZonedDateTime.of(meeting.date(), meeting.endTime(), ZONE);
		VEvent event = new VEvent(start, end, meeting.title());
		event.add(new Uid(uid(meeting)));
		event.add(new Sequence(meeting.sequence()));
		if (organizer != null) {
			event.add(new Organizer(URI.create("mailto:" + organizer)));
		}
		if (cancel) {
			event.add(ImmutableStatus.VEVENT_CANCELLED);
		}
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
		calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
		calendar.add(event);
		return calendar.toString();
	}

	/** The same for every file about this meeting, whatever changes. */
	static String uid(RegistrationMail.MeetingFacts meeting) {
		return "meeting-" + meeting.publicId() + "@goedegesprek";
	}

}
