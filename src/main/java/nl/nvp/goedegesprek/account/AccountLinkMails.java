package nl.nvp.goedegesprek.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.OutboxMails;
import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The mail with a one-time link to choose a password, after a national coordinator made
 * an account ({@code account-link.invitation}) or a new link for it
 * ({@code account-link.reset}): queued in the {@link MailOutbox} in the transaction that
 * makes the link (the link's id, the account's id and the token, sealed). When it is
 * sent, name, address and language are read as they are then; it is dropped when the link
 * no longer works (used, expired, replaced by a newer one, or gone with an erased
 * account) or the account was deactivated (decision 27).
 */
@Component
class AccountLinkMails implements OutboxMails {

	static final String PREFIX = "account-link.";

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final InvitationRepository invitations;

	private final AccountRepository accounts;

	private final OneTimeLinks links;

	private final MailOutbox outbox;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate read;

	private final String from;

	AccountLinkMails(InvitationRepository invitations, AccountRepository accounts, OneTimeLinks links,
			MailOutbox outbox, ITemplateEngine templates, MessageSource messages, Clock clock,
			PlatformTransactionManager transactions, @Value("${goedegesprek.mail.from}") String from) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.links = links;
		this.outbox = outbox;
		this.templates = templates;
		this.messages = messages;
		this.clock = clock;
		this.read = new TransactionTemplate(transactions);
		this.read.setReadOnly(true);
		this.from = from;
	}

	/** Queues the mail with this new link, in the caller's transaction. */
	void queue(InvitationLink link, Invitation.Purpose purpose, long accountId) {
		this.outbox.queue(kind(purpose), link.invitationId(), 0, accountId, link.token());
	}

	static String kind(Invitation.Purpose purpose) {
		return PREFIX + purpose.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean handles(String kind) {
		return kind.startsWith(PREFIX);
	}

	private record LinkMail(Invitation.Purpose purpose, String email, String name, String language, String url,
			Instant expiresAt) {

		@Override
		public String toString() {
			return "LinkMail[" + this.purpose + "]";
		}

	}

	@Override
	public Optional<MimeMessage> compose(QueuedMail queued, JavaMailSender sender) {
		if (queued.token() == null) {
			// The token is gone (the key changed): there is no link to send.
			return Optional.empty();
		}
		String hash = SecretToken.sha256(queued.token());
		Instant now = this.clock.instant();
		Optional<LinkMail> mail = this.read.execute((status) -> this.invitations.findById(queued.subjectId())
			.filter((invitation) -> queued.kind().equals(kind(invitation.getPurpose())))
			.filter((invitation) -> hash.equals(invitation.getTokenHash()))
			.filter((invitation) -> invitation.isUsable(now))
			.flatMap((invitation) -> this.accounts.findById(invitation.getAccountId())
				.filter((account) -> account.getId().equals(queued.accountId()))
				.filter(Account::isActive)
				.map((account) -> new LinkMail(invitation.getPurpose(), account.getEmail(), account.getDisplayName(),
						account.getLanguage(), this.links.url(invitation.getPurpose(), queued.token()),
						invitation.getExpiresAt()))));
		return mail.map((still) -> message(sender, still));
	}

	@Override
	public Map<Long, String> addresses(Collection<QueuedMail> mails) {
		List<Long> ids = mails.stream().map(QueuedMail::accountId).filter((id) -> id != null).distinct().toList();
		Map<Long, String> byAccount = new HashMap<>();
		this.read.executeWithoutResult((status) -> this.accounts.findByIdIn(ids)
			.forEach((account) -> byAccount.put(account.getId(), account.getEmail())));
		return OutboxMails.addressesOf(mails, QueuedMail::accountId, byAccount);
	}

	private MimeMessage message(JavaMailSender sender, LinkMail mail) {
		Locale locale = Locale.forLanguageTag(mail.language());
		String kind = mail.purpose().name().toLowerCase(Locale.ROOT);
		Context context = new Context(locale);
		context.setVariable("kind", kind);
		context.setVariable("name", mail.name());
		context.setVariable("url", mail.url());
		context.setVariable("until",
				DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(mail.expiresAt().atZone(ZONE)));
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(mail.email());
			helper.setSubject(this.messages.getMessage("mail.subject.accountLink." + kind, null, locale));
			helper.setText(this.templates.process("mail/account-link", context));
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Mail could not be composed", ex);
		}
	}

}
