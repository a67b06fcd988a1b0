package nl.nvp.goedegesprek.actionplan.plan;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.OutboxMails;
import nl.nvp.goedegesprek.shared.PublicUrls;
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
 * Invites the region's policymakers by e-mail to review a version of the action plan: one
 * mail each, queued in the {@link MailOutbox} in the transaction that sends the version
 * (the trajectory, the version's number and the account, nothing more). When it is sent,
 * the title, name and address are read as they are then; it is not sent when the version
 * is no longer under review (adopted, or replaced by a newer one) or the account is no
 * longer an active policymaker of the region.
 */
@Component
class PlanReviewMails implements OutboxMails {

	static final String KIND = "plan-review";

	private final Trajectories trajectories;

	private final Accounts accounts;

	private final PlanVersionRepository versions;

	private final MailOutbox outbox;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PublicUrls urls;

	private final TransactionTemplate read;

	private final String from;

	PlanReviewMails(Trajectories trajectories, Accounts accounts, PlanVersionRepository versions, MailOutbox outbox,
			ITemplateEngine templates, MessageSource messages, PublicUrls urls, PlatformTransactionManager transactions,
			@Value("${goedegesprek.mail.from}") String from) {
		this.trajectories = trajectories;
		this.accounts = accounts;
		this.versions = versions;
		this.outbox = outbox;
		this.templates = templates;
		this.messages = messages;
		this.urls = urls;
		this.read = new TransactionTemplate(transactions);
		this.read.setReadOnly(true);
		this.from = from;
	}

	/** Queues an invitation for each of the region's active policymakers. */
	@EventListener
	void on(PlanSubmittedForReview event) {
		for (Accounts.Person person : this.accounts
			.policymakersOf(this.trajectories.regionCode(event.trajectoryId()))) {
			this.outbox.queue(KIND, event.trajectoryId(), event.number(), person.id(), null);
		}
	}

	@Override
	public boolean handles(String kind) {
		return KIND.equals(kind);
	}

	private record Invitation(String title, int number, long trajectoryId, Accounts.Person person) {
	}

	@Override
	public Optional<MimeMessage> compose(QueuedMail mail, JavaMailSender sender) {
		Optional<Invitation> invitation = this.read
			.execute((status) -> this.versions.findByNumber(mail.subjectId(), mail.detail())
				.filter((version) -> version.getStatus() == VersionStatus.IN_REVIEW)
				.flatMap((version) -> (mail.accountId() != null) ? this.accounts.activePolicymaker(mail.accountId(),
						this.trajectories.regionCode(mail.subjectId())) : Optional.empty())
				.map((person) -> new Invitation(this.trajectories.publicTitle(mail.subjectId()), mail.detail(),
						mail.subjectId(), person)));
		return invitation.map((still) -> message(sender, still));
	}

	@Override
	public Map<Long, String> addresses(Collection<QueuedMail> mails) {
		List<Long> ids = mails.stream().map(QueuedMail::accountId).filter((id) -> id != null).distinct().toList();
		Map<Long, String> byAccount = this.accounts.emails(ids);
		return OutboxMails.addressesOf(mails, QueuedMail::accountId, byAccount);
	}

	private MimeMessage message(JavaMailSender sender, Invitation invitation) {
		Locale locale = Locale.forLanguageTag("nl");
		Context context = new Context(locale);
		context.setVariable("name", invitation.person().displayName());
		context.setVariable("title", invitation.title());
		context.setVariable("number", invitation.number());
		context.setVariable("url", this.urls.of("/trajecten/" + invitation.trajectoryId() + "/actieplan"));
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(invitation.person().email());
			helper.setSubject(
					this.messages.getMessage("mail.subject.planReview", new Object[] { invitation.title() }, locale));
			helper.setText(this.templates.process("mail/plan-review", context));
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Mail could not be composed", ex);
		}
	}

}
