package nl.nvp.goedegesprek.meeting;

import nl.nvp.goedegesprek.shared.PublicUrls;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends participants their mails once the registration change is committed: plain
 * language, in the language they registered in, with a calendar file when they have a
 * place. Mails go out one at a time, in order, on a thread of their own, so a slow mail
 * server never holds up a page or a database connection. A mail that cannot be sent is
 * logged without personal data; the participant can register again to get their link
 * anew.
 */
@Component
class RegistrationMails {

	private static final Logger log = LoggerFactory.getLogger(RegistrationMails.class);

	private static final Set<RegistrationMail.Kind> WITH_CALENDAR = EnumSet.of(RegistrationMail.Kind.CONFIRMED,
			RegistrationMail.Kind.PROMOTED, RegistrationMail.Kind.REMINDER);

	private final ExecutorService outbox = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "registration-mail");
		thread.setDaemon(true);
		return thread;
	});

	private final ObjectProvider<JavaMailSender> mailSender;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final MeetingCalendar calendar;

	private final PublicUrls urls;

	private final String from;

	RegistrationMails(ObjectProvider<JavaMailSender> mailSender, ITemplateEngine templates, MessageSource messages,
			MeetingCalendar calendar, PublicUrls urls, @Value("${goedegesprek.mail.from}") String from) {
		this.mailSender = mailSender;
		this.templates = templates;
		this.messages = messages;
		this.calendar = calendar;
		this.urls = urls;
		this.from = from;
	}

	/**
	 * Hands the mail to the outbox once the transaction commits. (A plain listener with a
	 * synchronization of its own, not a transactional event listener: those get a row in
	 * the event publication registry, whose completion needs a second connection while
	 * many registrations commit at once.)
	 */
	@EventListener
	void on(RegistrationMail mail) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					RegistrationMails.this.outbox.execute(() -> send(mail));
				}
			});
		}
		else {
			this.outbox.execute(() -> send(mail));
		}
	}

	/** Sends what is still queued before the application stops (up to half a minute). */
	@PreDestroy
	void close() throws InterruptedException {
		this.outbox.shutdown();
		this.outbox.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
	}

	private void send(RegistrationMail mail) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			log.warn("No mail server configured (spring.mail.host): {} not sent", mail);
			return;
		}
		try {
			sender.send(compose(sender, mail));
		}
		catch (RuntimeException ex) {
			log.warn("Could not send {}: {}", mail, ex.getClass().getSimpleName());
		}
	}

	private MimeMessage compose(JavaMailSender sender, RegistrationMail mail) {
		RegistrationMail.MeetingFacts meeting = mail.meeting();
		Locale locale = Locale.forLanguageTag(mail.recipient().language());
		String personalUrl = (mail.token() != null) ? this.urls.of("/aanmelding/" + mail.token()) : null;
		Context context = new Context(locale);
		context.setVariable("name", mail.recipient().name());
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
