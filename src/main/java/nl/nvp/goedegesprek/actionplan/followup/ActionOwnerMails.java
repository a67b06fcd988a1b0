package nl.nvp.goedegesprek.actionplan.followup;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.PublicUrls;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the mails to action owners, once the transaction that made their link commits.
 */
@Component
class ActionOwnerMails {

	private final MailOutbox outbox;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PublicUrls urls;

	ActionOwnerMails(MailOutbox outbox, ITemplateEngine templates, MessageSource messages, PublicUrls urls) {
		this.outbox = outbox;
		this.templates = templates;
		this.messages = messages;
		this.urls = urls;
	}

	/**
	 * Sends the link after the commit, on a thread of its own; the event publication
	 * registry keeps the event until the mail went out.
	 */
	@ApplicationModuleListener
	void on(ActionOwnerMail mail) {
		if (!sendNow(mail)) {
			throw new IllegalStateException("Mail not sent: " + mail);
		}
	}

	/** Sends the mail now; false if it could not be sent. */
	boolean sendNow(ActionOwnerMail mail) {
		return this.outbox.sendNow(mail.email(), subject(mail), text(mail), mail.toString());
	}

	private String subject(ActionOwnerMail mail) {
		return this.messages.getMessage("mail.subject.action." + mail.kind().name(),
				new Object[] { mail.actionTitle() }, Locale.forLanguageTag("nl"));
	}

	private String text(ActionOwnerMail mail) {
		Locale locale = Locale.forLanguageTag("nl");
		Context context = new Context(locale);
		context.setVariable("kind", mail.kind().name());
		context.setVariable("name", mail.name());
		context.setVariable("action", mail.actionTitle());
		context.setVariable("trajectory", mail.trajectoryTitle());
		context.setVariable("deadline", (mail.deadline() != null)
				? DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(mail.deadline()) : null);
		context.setVariable("url", this.urls.of("/voortgang/" + mail.token()));
		return this.templates.process("mail/action-owner", context);
	}

}
