package nl.nvp.goedegesprek.meeting.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.meeting.registration.GuardianConsentMail;
import nl.nvp.goedegesprek.meeting.registration.GuardianConsents;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.OutboxMails;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.shared.TextCharacters;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The request to a parent or guardian to consent to a child's registration (decision 35),
 * through the {@link MailOutbox}: queued with the registration's id and the adult's
 * link's token (sealed) in the transaction that asks for it, and written when it is sent,
 * only if the request is still open and that link still its own. It says who registered,
 * for what, what is kept and for how long, how to answer and how to withdraw; in the
 * language the child registered in.
 */
@Component
class GuardianConsentMails implements OutboxMails {

	static final String KIND = "guardian.CONSENT_REQUEST";

	private final MailOutbox outbox;

	private final GuardianConsents consents;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PublicUrls urls;

	private final String from;

	private final Clock clock;

	GuardianConsentMails(MailOutbox outbox, GuardianConsents consents, ITemplateEngine templates,
			MessageSource messages, PublicUrls urls, @Value("${goedegesprek.mail.from}") String from, Clock clock) {
		this.clock = clock;
		this.outbox = outbox;
		this.consents = consents;
		this.templates = templates;
		this.messages = messages;
		this.urls = urls;
		this.from = from;
	}

	@EventListener
	void on(GuardianConsentMail mail) {
		this.outbox.queue(KIND, mail.registrationId(), 0, null, mail.token());
	}

	@Override
	public boolean handles(String kind) {
		return KIND.equals(kind);
	}

	@Override
	public Optional<MimeMessage> compose(QueuedMail queued, JavaMailSender sender) {
		return this.consents.requestMail(queued.subjectId(), queued.token())
			.map((request) -> compose(request, queued.token(), sender));
	}

	private MimeMessage compose(GuardianConsents.RequestMail request, String token, JavaMailSender sender) {
		Locale locale = Locale.forLanguageTag(request.language());
		Context context = new Context(locale);
		// The child's and the adult's names are the child's own text: on lines of their
		// own, with a label, never in the greeting or the subject.
		context.setVariable("childName", TextCharacters.oneLine(request.childName()));
		context.setVariable("guardianName", TextCharacters.oneLine(request.guardianName()));
		context.setVariable("capacity",
				this.messages.getMessage("GuardianCapacity." + request.guardianCapacity(), null, locale));
		context.setVariable("meeting", request.meeting());
		context.setVariable("day",
				DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(request.meeting().date()));
		context.setVariable("lapses", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale)
			.format(request.lapsesAt().atZone(this.clock.getZone())));
		context.setVariable("consentUrl", this.urls.of("/toestemming/" + token));
		String text = this.templates.process("mail/guardian-consent-request", context);
		String subject = this.messages.getMessage("mail.subject.guardianConsent",
				new Object[] { request.meeting().title() }, locale);
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(request.guardianEmail());
			helper.setSubject(subject);
			helper.setText(text);
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Mail could not be composed", ex);
		}
	}

	@Override
	public Map<Long, String> addresses(Collection<QueuedMail> mails) {
		Map<Long, String> byRegistration = this.consents
			.guardianAddresses(mails.stream().map(QueuedMail::subjectId).distinct().toList());
		return OutboxMails.addressesOf(mails, QueuedMail::subjectId, byRegistration);
	}

}
