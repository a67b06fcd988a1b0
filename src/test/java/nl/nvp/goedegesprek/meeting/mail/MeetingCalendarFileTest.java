package nl.nvp.goedegesprek.meeting.mail;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.validate.ValidationResult;
import nl.nvp.goedegesprek.meeting.registration.RegistrationMail;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar file in a participant's mail is one that every calendar reads: a strict
 * parser (no relaxed unfolding, parsing or validation) accepts it, it carries the
 * definition of the zone its times are in (VTIMEZONE, which RFC 5545 requires and Outlook
 * needs) and that definition gives the right offset in summer and in winter. It holds
 * nothing personal: calendars are shared and synchronised, so the personal link stays in
 * the mail.
 */
@IntegrationTest
@ExtendWith(StrictCalendarParsing.class)
class MeetingCalendarFileTest {

	private static final String ZONE = "Europe/Amsterdam";

	@Autowired
	private RegistrationMailComposer composer;

	@Autowired
	private JavaMailSender sender;

	@Test
	void aSummerMeetingIsAtPlusTwoAndAWinterMeetingAtPlusOneByTheZoneInTheFile() throws Exception {
		LocalDate july = Year.from(TestClock.today()).plusYears(1).atMonth(7).atDay(15);
		LocalDate january = Year.from(TestClock.today()).plusYears(1).atMonth(1).atDay(14);
		for (RegistrationMail.Kind kind : List.of(RegistrationMail.Kind.CONFIRMED, RegistrationMail.Kind.PROMOTED,
				RegistrationMail.Kind.REMINDER, RegistrationMail.Kind.MEETING_MOVED,
				RegistrationMail.Kind.MEETING_CANCELLED)) {
			check(kind, july, ZoneOffset.ofHours(2));
			check(kind, january, ZoneOffset.ofHours(1));
		}
	}

	private void check(RegistrationMail.Kind kind, LocalDate date, ZoneOffset offset) throws Exception {
		String token = "tok" + UUID.randomUUID().toString().replace("-", "") + "Xy_9-kEnMeRk";
		boolean cancelled = kind == RegistrationMail.Kind.MEETING_CANCELLED;
		RegistrationMail.MeetingFacts meeting = new RegistrationMail.MeetingFacts(UUID.randomUUID(),
				"Dialoogbijeenkomst Zwolle", date, LocalTime.of(19, 30), LocalTime.of(21, 45), false,
				"Wijkcentrum De Pelikaan, Zwolle", null, cancelled ? 2 : 1,
				cancelled ? "De zaal is niet beschikbaar." : null);
		RegistrationMail.MeetingFacts before = new RegistrationMail.MeetingFacts(meeting.publicId(), meeting.title(),
				date.minusDays(7), LocalTime.of(13, 30), LocalTime.of(17, 0), false, "Stadhuis, Zwolle", null);
		RegistrationMail mail = new RegistrationMail(1, kind, token,
				new RegistrationMail.Recipient("Marieke Jansen", "marieke.jansen@test.example", "nl"), meeting,
				(kind == RegistrationMail.Kind.MEETING_MOVED) ? before : null);
		MimeMessage message = this.composer.compose(this.sender, mail);
		message.saveChanges();
		String file = calendarFile(message);
		String context = kind + " on " + date + ":\n" + file;

		// The mail itself has the personal link (not when the meeting is off): the file
		// has none of it, nor who it is for.
		if (!cancelled) {
			assertThat(Mailbox.text(message)).as(context).contains("/aanmelding/" + token);
		}
		assertThat(file).as(context)
			.doesNotContain(token)
			.doesNotContain(token.substring(0, 12))
			.doesNotContain("/aanmelding/")
			.doesNotContain("Marieke")
			.doesNotContain("marieke.jansen");

		Calendar calendar = new CalendarBuilder().build(new StringReader(file));
		ValidationResult validation = calendar.validate();
		assertThat(validation.hasErrors()).as("%s\n%s", validation, context).isFalse();
		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue))
			.contains(cancelled ? "CANCEL" : "PUBLISH");

		List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
		assertThat(zones).as(context).hasSize(1);
		VTimeZone zone = zones.get(0);
		assertThat(zone.getProperty(Property.TZID).map(Property::getValue)).as(context).contains(ZONE);

		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).as(context).hasSize(1);
		VEvent event = events.get(0);
		DtStart<ZonedDateTime> start = event.<ZonedDateTime>getStartDate().orElseThrow();
		DtEnd<ZonedDateTime> end = event.<ZonedDateTime>getEndDate(false).orElseThrow();
		for (DateProperty<ZonedDateTime> time : List.of(start, end)) {
			assertThat(time.getParameter(Parameter.TZID).map(Parameter::getValue)).as(context).contains(ZONE);
		}
		assertThat(start.getDate().toLocalDateTime()).isEqualTo(LocalDateTime.of(date, meeting.startTime()));
		assertThat(end.getDate().toLocalDateTime()).isEqualTo(LocalDateTime.of(date, meeting.endTime()));
		// The parser resolves the local times through the zone in the file...
		assertThat(start.getDate().getOffset()).as(context).isEqualTo(offset);
		assertThat(end.getDate().getOffset()).as(context).isEqualTo(offset);
		// ...and that zone's own rules say the same for the meeting's moment.
		Observance observance = zone.getApplicableObservance(
				LocalDateTime.of(date, meeting.startTime()).atOffset(offset).toInstant().atOffset(ZoneOffset.UTC));
		assertThat(observance).as(context).isNotNull();
		assertThat(observance.<TzOffsetTo>getRequiredProperty(Property.TZOFFSETTO).getOffset()).as(context)
			.isEqualTo(offset);
	}

	private static String calendarFile(MimeMessage message) {
		String file = Mailbox.calendarFile(message);
		assertThat(file).as("calendar file").isNotNull();
		return file;
	}

}
