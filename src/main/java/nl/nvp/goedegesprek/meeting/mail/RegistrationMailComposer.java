package nl.nvp.goedegesprek.meeting.mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.meeting.registration.RegistrationMail;
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
 * place.
 */
@Component
class RegistrationMailComposer {

	private static final Set<RegistrationMail.Kind> WITH_CALENDAR = EnumSet.of(RegistrationMail.Kind.CONFIRMED,
			RegistrationMail.Kind.PROMOTED, RegistrationMail.Kind.REMINDER);

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
		Context context = new Context(locale);
		// The name is the participant's own text: it goes on a line of its own with a
		// label,
		// never where it reads as ours (the greeting, the subject).
		context.setVariable("name", TextCharacters.oneLine(mail.recipient().name()));
		context.setVariable("meeting", meeting);
		context.setVariable("day", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(meeting.date()));
		context.setVariable("onlineLink", meeting.onlineLink());
		context.setVariable("personalUrl", personalUrl);
		context.setVariable("publicUrl", this.urls.of("/aanmelden/" + meeting.publicId()));
		String template = "mail/" + mail.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		String text = this.templates.process(template, context);
		String subject = this.messages.getMessage("mail.subject." + mail.kind().name(),
				new Object[] { meeting.title() }, locale);
		try {
			MimeMessage message = sender.createMimeMessage();
			boolean withCalendar = WITH_CALENDAR.contains(mail.kind());
			MimeMessageHelper helper = new MimeMessageHelper(message, withCalendar, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(mail.recipient().email());
			helper.setSubject(subject);
			helper.setText(text);
			if (withCalendar) {
				String ics = this.calendar.ics(meeting, subject, personalUrl);
				helper.addAttachment("bijeenkomst.ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
						"text/calendar; charset=UTF-8; method=PUBLISH");
			}
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Mail could not be composed", ex);
		}
	}

}
