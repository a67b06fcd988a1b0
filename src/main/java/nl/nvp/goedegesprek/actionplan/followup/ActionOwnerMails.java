package nl.nvp.goedegesprek.actionplan.followup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.actionplan.action.ActionRepository;
import nl.nvp.goedegesprek.actionplan.action.ImprovementAction;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.OutboxMails;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The mails to action owners, through the {@link MailOutbox}: the link a coordinator
 * asked for and the reminders {@link ActionReminders} sends. Each gets a new personal
 * link, made in the transaction that queues the mail (its hash on the action, its token
 * sealed in the outbox). When the mail is sent, the address, name and titles are read as
 * they are then; the mail is not sent when the action, its contact person or the link is
 * gone or replaced by a newer one, or (a reminder) the action is closed.
 */
@Component
class ActionOwnerMails implements OutboxMails {

	static final String PREFIX = "action-owner-mail.";

	private final ActionRepository actions;

	private final Trajectories trajectories;

	private final TransactionTemplate read;

	private final TransactionTemplate write;

	private final Clock clock;

	private final MailOutbox outbox;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PublicUrls urls;

	private final String from;

	ActionOwnerMails(ActionRepository actions, Trajectories trajectories, PlatformTransactionManager transactions,
			Clock clock, MailOutbox outbox, ITemplateEngine templates, MessageSource messages, PublicUrls urls,
			@Value("${goedegesprek.mail.from}") String from) {
		this.actions = actions;
		this.trajectories = trajectories;
		this.read = new TransactionTemplate(transactions);
		this.read.setReadOnly(true);
		this.write = new TransactionTemplate(transactions);
		this.clock = clock;
		this.outbox = outbox;
		this.templates = templates;
		this.messages = messages;
		this.urls = urls;
		this.from = from;
	}

	/** Queues the link a coordinator asked for, in the request's transaction. */
	@EventListener
	void on(OwnerLinkRequested request) {
		this.actions.findById(request.actionId())
			.filter((action) -> action.getContactEmail() != null)
			.ifPresent((action) -> queue(ActionOwnerMail.Kind.LINK, action));
	}

	/**
	 * Gives the action a new owner link and queues the mail with it, in the caller's
	 * transaction.
	 */
	void queue(ActionOwnerMail.Kind kind, ImprovementAction action) {
		SecretToken token = SecretToken.generate();
		action.giveOwnerLink(token.hash(), this.clock.instant().plus(OwnerLinks.LINK_VALID));
		this.outbox.queue(PREFIX + kind.name(), action.getId(), 0, null, token.value());
	}

	@Override
	public boolean handles(String kind) {
		return kind.startsWith(PREFIX);
	}

	@Override
	public Optional<MimeMessage> compose(QueuedMail queued, JavaMailSender sender) {
		ActionOwnerMail.Kind kind = ActionOwnerMail.Kind.valueOf(queued.kindAfter(PREFIX));
		Optional<ActionOwnerMail> mail;
		if (queued.token() == null) {
			// Moved here from the event publication registry: the link is made now.
			mail = this.write.execute((status) -> this.actions.findById(queued.subjectId())
				.filter((action) -> action.getContactEmail() != null)
				.map((action) -> {
					SecretToken token = SecretToken.generate();
					action.giveOwnerLink(token.hash(), this.clock.instant().plus(OwnerLinks.LINK_VALID));
					return ActionOwnerMail.of(kind, action, this.trajectories.publicTitle(action.getTrajectoryId()),
							token);
				}));
		}
		else {
			mail = this.read.execute((status) -> this.actions.findByOwnerLinkHash(SecretToken.sha256(queued.token()))
				.filter((action) -> action.getId() == queued.subjectId())
				.filter((action) -> action.getContactEmail() != null)
				.filter((action) -> action.ownerLinkValid(this.clock.instant()))
				.filter((action) -> !this.trajectories.isClosed(action.getTrajectoryId()))
				.filter((action) -> (kind == ActionOwnerMail.Kind.LINK) ? OwnerLinks.opensOwnerPage(action)
						: !action.getStatus().isClosed())
				.map((action) -> ActionOwnerMail.of(kind, action,
						this.trajectories.publicTitle(action.getTrajectoryId()), new SecretToken(queued.token()))));
		}
		return mail.map((still) -> message(sender, still));
	}

	@Override
	public Map<Long, String> addresses(Collection<QueuedMail> mails) {
		List<Long> ids = mails.stream().map(QueuedMail::subjectId).distinct().toList();
		Map<Long, String> byAction = new HashMap<>();
		this.read.executeWithoutResult((status) -> this.actions.findAllById(ids)
			.forEach((action) -> byAction.put(action.getId(), action.getContactEmail())));
		return OutboxMails.addressesOf(mails, QueuedMail::subjectId, byAction);
	}

	private MimeMessage message(JavaMailSender sender, ActionOwnerMail mail) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(mail.email());
			helper.setSubject(subject(mail));
			helper.setText(text(mail));
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Mail could not be composed", ex);
		}
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
