package nl.nvp.goedegesprek.actionplan.followup;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import nl.nvp.goedegesprek.actionplan.action.ActionRepository;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the mails to action owners: the link a coordinator asked for (after the request
 * committed), and the reminders {@link ActionReminders} sends.
 */
@Component
class ActionOwnerMails {

	private final ActionRepository actions;

	private final Trajectories trajectories;

	private final TransactionTemplate newLink;

	private final Clock clock;

	private final MailOutbox outbox;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PublicUrls urls;

	ActionOwnerMails(ActionRepository actions, Trajectories trajectories, PlatformTransactionManager transactions,
			Clock clock, MailOutbox outbox, ITemplateEngine templates, MessageSource messages, PublicUrls urls) {
		this.actions = actions;
		this.trajectories = trajectories;
		this.newLink = new TransactionTemplate(transactions);
		this.newLink.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.outbox = outbox;
		this.templates = templates;
		this.messages = messages;
		this.urls = urls;
	}

	/**
	 * Sends the link after the request committed, on a thread of its own. The event
	 * publication registry keeps the request (the action's id, nothing more) until the
	 * mail went out. The link is made here: its hash is saved on the action and committed
	 * first, then the mail goes out, so the raw token exists only in this mail. A failed
	 * mail leaves the request to be tried again, which makes a fresh link that replaces
	 * the one never sent. Nothing is sent when the action or its contact person is gone.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OwnerLinkRequested request) {
		Optional<ActionOwnerMail> mail = this.newLink.execute((status) -> newLink(request.actionId()));
		if (mail != null && mail.isPresent() && !sendNow(mail.get())) {
			throw new IllegalStateException("Mail not sent: " + request);
		}
	}

	private Optional<ActionOwnerMail> newLink(long actionId) {
		return this.actions.findById(actionId).filter((action) -> action.getContactEmail() != null).map((action) -> {
			SecretToken token = SecretToken.generate();
			action.giveOwnerLink(token.hash(), this.clock.instant().plus(OwnerLinks.LINK_VALID));
			return ActionOwnerMail.of(ActionOwnerMail.Kind.LINK, action,
					this.trajectories.publicTitle(action.getTrajectoryId()), token);
		});
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
