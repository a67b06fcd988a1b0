package nl.nvp.goedegesprek.project.signup;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.shared.TextCharacters;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mails about a project sign-up, through the {@link MailOutbox} (decision 20): the
 * row names the sign-up and holds the sealed token of the link the mail carries. Name,
 * address and project are read when the mail is sent, and a mail that no longer applies
 * is not sent: its link was replaced or ended, the sign-up is no longer in the state the
 * mail announces, or it was deleted or erased.
 */
@Component
class SignUpMails implements OutboxMails {

	private static final String PREFIX = "projectSignUp.";

	private final JdbcClient jdbc;

	private final SignUps signUps;

	private final Trajectories trajectories;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PublicUrls urls;

	private final TransactionTemplate read;

	private final String from;

	SignUpMails(JdbcClient jdbc, SignUps signUps, Trajectories trajectories, ITemplateEngine templates,
			MessageSource messages, PublicUrls urls, PlatformTransactionManager transactions,
			@Value("${goedegesprek.mail.from}") String from) {
		this.jdbc = jdbc;
		this.signUps = signUps;
		this.trajectories = trajectories;
		this.templates = templates;
		this.messages = messages;
		this.urls = urls;
		this.from = from;
		this.read = new TransactionTemplate(transactions);
		this.read.setReadOnly(true);
	}

	@Override
	public boolean handles(String kind) {
		return kind.startsWith(PREFIX);
	}

	private record Facts(long projectId, String name, String email, String language, String status, LocalDate startsOn,
			LocalDate endsOn) {

		@Override
		public String toString() {
			return "Facts[" + this.projectId + "]";
		}

	}

	@Override
	public Optional<MimeMessage> compose(QueuedMail mail, JavaMailSender sender) {
		String kind = mail.kind();
		if (!SignUps.CONFIRM_EMAIL.equals(kind) && !SignUps.ALREADY_SIGNED_UP.equals(kind)
				&& !SignUps.CONFIRMED.equals(kind)) {
			throw new IllegalStateException("Unknown sign-up mail kind");
		}
		return this.read.execute((status) -> this.jdbc.sql("""
				select s.trajectory_id, s.name, s.email, s.language, s.status, p.starts_on, p.ends_on
				from project_sign_up s join national_project p on p.trajectory_id = s.trajectory_id
				where s.id = ? and s.email is not null""")
			.param(mail.subjectId())
			.query((rs, n) -> new Facts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
			.optional()
			.filter((facts) -> applies(kind, facts.status()))
			.filter((facts) -> mail.token() != null && this.signUps.isWorkingLink(mail.subjectId(), mail.token()))
			.map((facts) -> compose(kind, facts, mail.token(), sender)));
	}

	/** Whether the sign-up is still in the state the mail is about. */
	private static boolean applies(String kind, String status) {
		return switch (kind) {
			case SignUps.CONFIRM_EMAIL -> "PENDING".equals(status);
			case SignUps.CONFIRMED -> "CONFIRMED".equals(status);
			default -> !"CANCELLED".equals(status);
		};
	}

	private MimeMessage compose(String kind, Facts facts, String token, JavaMailSender sender) {
		Locale locale = Locale.forLanguageTag(facts.language());
		String title = this.trajectories.publicTitle(facts.projectId());
		Context context = new Context(locale);
		context.setVariable("name", TextCharacters.oneLine(facts.name()));
		context.setVariable("title", title);
		context.setVariable("startsOn", facts.startsOn());
		context.setVariable("endsOn", facts.endsOn());
		context.setVariable("personalUrl", this.urls.of("/project-aanmelding/" + token));
		context.setVariable("privacyUrl", this.urls.of("/privacy"));
		String name = kind.substring(PREFIX.length());
		String template = switch (kind) {
			case SignUps.CONFIRM_EMAIL -> "mail/project-sign-up-confirm";
			case SignUps.CONFIRMED -> "mail/project-sign-up-confirmed";
			default -> "mail/project-sign-up-again";
		};
		String subject = this.messages.getMessage("mail.subject.projectSignUp." + name, new Object[] { title }, locale);
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(facts.email());
			helper.setSubject(subject);
			helper.setText(this.templates.process(template, context));
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Mail could not be composed", ex);
		}
	}

	/** One statement however many mails. */
	@Override
	public Map<Long, String> addresses(Collection<QueuedMail> mails) {
		List<Long> ids = mails.stream().map(QueuedMail::subjectId).distinct().toList();
		Map<Long, String> bySignUp = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select id, email from project_sign_up where id in (:ids) and email is not null")
				.param("ids", ids)
				.query((rs, n) -> bySignUp.put(rs.getLong("id"), rs.getString("email")))
				.list();
		}
		return OutboxMails.addressesOf(mails, QueuedMail::subjectId, bySignUp);
	}

}
