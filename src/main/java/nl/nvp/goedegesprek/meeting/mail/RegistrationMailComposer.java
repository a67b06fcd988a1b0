package nl.nvp.goedegesprek.meeting.mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.meeting.registration.RegistrationMail;
import nl.nvp.goedegesprek.shared.ChildWording;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.shared.TextCharacters;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * What a participant's mail says: plain language (templates/mail/*.txt), in the language
 * they registered in, with their personal link, and a calendar file when they have a
 * place (one that cancels the entry when the meeting is cancelled). A mail about a moved
 * meeting says what was and what is now of each changed fact.
 */
@Component
class RegistrationMailComposer {

	private static final Set<RegistrationMail.Kind> WITH_CALENDAR = EnumSet.of(RegistrationMail.Kind.CONFIRMED,
			RegistrationMail.Kind.PROMOTED, RegistrationMail.Kind.REMINDER, RegistrationMail.Kind.MEETING_MOVED,
			RegistrationMail.Kind.MEETING_CANCELLED);

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final MeetingCalendar calendar;

	private final PublicUrls urls;

	private final String from;

	RegistrationMailComposer(ITemplateEngine templates, MessageSource messages, MeetingCalendar calendar,
			PublicUrls urls, @Value("${goedegesprek.mail.from}") String from) {
		this.templates = templates;
		this.messages = messages;
		this.calendar = calendar;
		this.urls = urls;
		this.from = from;
	}

	MimeMessage compose(JavaMailSender sender, RegistrationMail mail) {
		RegistrationMail.MeetingFacts meeting = mail.meeting();
		Locale locale = Locale.forLanguageTag(mail.recipient().language());
		String personalUrl = (mail.token() != null) ? this.urls.of("/aanmelding/" + mail.token()) : null;
		boolean child = mail.recipient().child();
		Context context = new Context(locale);
		context.setVariable(ChildWording.VARIABLE, child);
		// The name is the participant's own text: it goes on a line of its own with a
		// label,
		// never where it reads as ours (the greeting, the subject).
		context.setVariable("name", TextCharacters.oneLine(mail.recipient().name()));
		context.setVariable("meeting", meeting);
		context.setVariable("day", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(meeting.date()));
		// Personal links work until the end of the day after the meeting.
		context.setVariable("lastDay",
				DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(meeting.date().plusDays(1)));
		context.setVariable("onlineLink", meeting.onlineLink());
		context.setVariable("personalUrl", personalUrl);
		context.setVariable("publicUrl", this.urls.of("/aanmelden/" + meeting.publicId()));
		// The coordinator's reason, told as they wrote it.
		context.setVariable("reason", meeting.cancellationReason());
		RegistrationMail.MeetingFacts before = mail.before();
		if (before != null) {
			context.setVariable("before", before);
			context.setVariable("dayBefore",
					DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(before.date()));
			context.setVariable("dayChanged", !before.date().equals(meeting.date()));
			context.setVariable("timeChanged",
					!before.startTime().equals(meeting.startTime()) || !before.endTime().equals(meeting.endTime()));
			context.setVariable("placeChanged",
					before.online() != meeting.online() || !Objects.equals(before.address(), meeting.address()));
			context.setVariable("linkChanged", !Objects.equals(before.onlineLink(), meeting.onlineLink()));
			context.setVariable("placeBefore", place(before, locale, child));
			context.setVariable("placeNow", place(meeting, locale, child));
		}
		String template = "mail/" + mail.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		String text = this.templates.process(template, context);
		String subject = text("mail.subject." + mail.kind().name(), new Object[] { meeting.title() }, locale, child);
		try {
			MimeMessage message = sender.createMimeMessage();
			boolean withCalendar = WITH_CALENDAR.contains(mail.kind());
			boolean cancel = mail.kind() == RegistrationMail.Kind.MEETING_CANCELLED;
			MimeMessageHelper helper = new MimeMessageHelper(message, withCalendar, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(mail.recipient().email());
			helper.setSubject(subject);
			helper.setText(text);
			if (withCalendar) {
				String ics = this.calendar.ics(meeting, subject, organizer(), cancel);
				helper.addAttachment("bijeenkomst.ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
						"text/calendar; charset=UTF-8; method=" + (cancel ? "CANCEL" : "PUBLISH"));
			}
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Mail could not be composed", ex);
		}
	}

	private String place(RegistrationMail.MeetingFacts meeting, Locale locale, boolean child) {
		return meeting.online() ? text("mail.moved.online", null, locale, child) : meeting.address();
	}

	/** A text, in a child's words where it has them (as the templates' texts). */
	private String text(String key, Object[] args, Locale locale, boolean child) {
		String childText = child ? this.messages.getMessage(ChildWording.childKey(key), args, null, locale) : null;
		return (childText != null) ? childText : this.messages.getMessage(key, args, locale);
	}

	/** The sender's bare address, the organiser in calendar files. */
	private String organizer() {
		try {
			return new InternetAddress(this.from).getAddress();
		}
		catch (AddressException ex) {
			return null;
		}
	}

}
