package nl.nvp.goedegesprek.project.signup;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import nl.nvp.goedegesprek.shared.ChildWording;
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

	private final SignUpConsents consents;

	private final Trajectories trajectories;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PublicUrls urls;

	private final TransactionTemplate read;

	private final String from;

	SignUpMails(JdbcClient jdbc, SignUps signUps, SignUpConsents consents, Trajectories trajectories,
			ITemplateEngine templates, MessageSource messages, PublicUrls urls, PlatformTransactionManager transactions,
			@Value("${goedegesprek.mail.from}") String from) {
		this.jdbc = jdbc;
		this.signUps = signUps;
		this.consents = consents;
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
			LocalDate endsOn, String publicId, boolean child, String decision) {

		@Override
		public String toString() {
			return "Facts[" + this.projectId + "]";
		}

	}

	@Override
	public Optional<MimeMessage> compose(QueuedMail mail, JavaMailSender sender) {
		String kind = mail.kind();
		if (SignUpConsents.REQUEST.equals(kind)) {
			return this.read.execute((status) -> this.consents.request(mail.subjectId(), mail.token()))
				.map((request) -> toGuardian(request, mail.token(), sender));
		}
		boolean ended = SignUpConsents.REFUSED.equals(kind) || SignUpConsents.LAPSED.equals(kind)
				|| SignUpConsents.WITHDRAWN.equals(kind);
		if (!ended && !SignUps.CONFIRM_EMAIL.equals(kind) && !SignUps.ALREADY_SIGNED_UP.equals(kind)
				&& !SignUps.CONFIRMED.equals(kind)) {
			throw new IllegalStateException("Unknown sign-up mail kind");
		}
		return this.read.execute((status) -> this.jdbc.sql("""
				select s.trajectory_id, s.name, s.email, s.language, s.status, p.starts_on, p.ends_on, p.public_id,
				  s.role in ('FOSTER_CHILD', 'OWN_CHILD') as child, c.decision
				from project_sign_up s join national_project p on p.trajectory_id = s.trajectory_id
				left join project_sign_up_consent c on c.sign_up_id = s.id
				where s.id = ? and s.email is not null""")
			.param(mail.subjectId())
			.query((rs, n) -> new Facts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
					rs.getString(8), rs.getBoolean(9), rs.getString(10)))
			.optional()
			.filter((facts) -> applies(kind, facts))
			.filter((facts) -> ended
					|| (mail.token() != null && this.signUps.isWorkingLink(mail.subjectId(), mail.token())))
			.map((facts) -> compose(kind, facts, mail.token(), mail.detail() == 1, sender)));
	}

	/**
	 * Whether the sign-up is still in the state the mail is about: the mail that consent
	 * was refused, lapsed or withdrawn only while the sign-up is ended for that reason
	 * (not once the child signed up anew).
	 */
	private static boolean applies(String kind, Facts facts) {
		String status = facts.status();
		return switch (kind) {
			case SignUps.CONFIRM_EMAIL -> "PENDING".equals(status);
			case SignUps.CONFIRMED -> "CONFIRMED".equals(status);
			case SignUpConsents.REFUSED -> "CANCELLED".equals(status) && "REFUSED".equals(facts.decision());
			case SignUpConsents.LAPSED -> "CANCELLED".equals(status) && "LAPSED".equals(facts.decision());
			case SignUpConsents.WITHDRAWN -> "CANCELLED".equals(status) && "WITHDRAWN".equals(facts.decision());
			default -> !"CANCELLED".equals(status);
		};
	}

	/** The request to a parent or guardian, in the child's language, saying "u". */
	private MimeMessage toGuardian(SignUpConsents.Request request, String token, JavaMailSender sender) {
		SignUpConsents.View view = request.view();
		Locale locale = Locale.forLanguageTag(view.language());
		Context context = new Context(locale);
		context.setVariable("childName", TextCharacters.oneLine(view.childName()));
		context.setVariable("title", view.projectTitle());
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		context.setVariable("startsOn", day.format(view.startsOn()));
		context.setVariable("endsOn", day.format(view.endsOn()));
		context.setVariable("lapses", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale)
			.format(view.lapsesAt().atZone(ZoneId.of("Europe/Amsterdam"))));
		context.setVariable("consentUrl", this.urls.of("/project-toestemming/" + token));
		context.setVariable("privacyUrl", this.urls.of("/privacy"));
		String subject = this.messages.getMessage("mail.subject.projectSignUp.GUARDIAN_CONSENT",
				new Object[] { view.projectTitle() }, locale);
		return message(sender, request.guardianEmail(), subject,
				this.templates.process("mail/project-sign-up-guardian", context));
	}

	/**
	 * A mail about the sign-up; {@code placeEnded}: consent was withdrawn from a child
	 * who had a place at a dialogue, which ended with it (the mail says so).
	 */
	private MimeMessage compose(String kind, Facts facts, String token, boolean placeEnded, JavaMailSender sender) {
		Locale locale = Locale.forLanguageTag(facts.language());
		String title = this.trajectories.publicTitle(facts.projectId());
		Context context = new Context(locale);
		context.setVariable("name", TextCharacters.oneLine(facts.name()));
		context.setVariable("title", title);
		context.setVariable("startsOn", facts.startsOn());
		context.setVariable("endsOn", facts.endsOn());
		context.setVariable("personalUrl", this.urls.of("/project-aanmelding/" + token));
		context.setVariable("privacyUrl", this.urls.of("/privacy"));
		context.setVariable(ChildWording.VARIABLE, facts.child());
		context.setVariable("ended", kind.substring(PREFIX.length()));
		context.setVariable("placeEnded", placeEnded);
		context.setVariable("signUpUrl", this.urls.of("/project-aanmelden/" + facts.publicId() + "?voor=jongere"));
		String name = kind.substring(PREFIX.length());
		String template = switch (kind) {
			case SignUps.CONFIRM_EMAIL -> "mail/project-sign-up-confirm";
			case SignUps.CONFIRMED -> "mail/project-sign-up-confirmed";
			case SignUpConsents.REFUSED, SignUpConsents.LAPSED, SignUpConsents.WITHDRAWN ->
				"mail/project-sign-up-consent-ended";
			default -> "mail/project-sign-up-again";
		};
		String subjectKey = "mail.subject.projectSignUp." + name;
		String subject = this.messages.getMessage(facts.child() ? ChildWording.childKey(subjectKey) : subjectKey,
				new Object[] { title }, this.messages.getMessage(subjectKey, new Object[] { title }, locale), locale);
		return message(sender, facts.email(), subject, this.templates.process(template, context));
	}

	private MimeMessage message(JavaMailSender sender, String to, String subject, String text) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text);
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
		// A request to a parent or guardian goes to their address, while it is kept.
		List<QueuedMail> toGuardians = mails.stream()
			.filter((mail) -> SignUpConsents.REQUEST.equals(mail.kind()))
			.toList();
		Map<Long, String> byGuardian = new HashMap<>();
		if (!toGuardians.isEmpty()) {
			this.jdbc.sql("""
					select sign_up_id, guardian_email from project_sign_up_consent
					where sign_up_id in (:ids) and guardian_email is not null""")
				.param("ids", toGuardians.stream().map(QueuedMail::subjectId).distinct().toList())
				.query((rs, n) -> byGuardian.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		Map<Long, String> addresses = new HashMap<>(
				OutboxMails.addressesOf(mails.stream().filter((mail) -> !toGuardians.contains(mail)).toList(),
						QueuedMail::subjectId, bySignUp));
		addresses.putAll(OutboxMails.addressesOf(toGuardians, QueuedMail::subjectId, byGuardian));
		return addresses;
	}

}
