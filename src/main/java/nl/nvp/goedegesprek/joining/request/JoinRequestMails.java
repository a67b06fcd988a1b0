package nl.nvp.goedegesprek.joining.request;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.OutboxMails;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.shared.TextCharacters;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The mails about a request, through the {@link MailOutbox} (decision 20): the
 * confirmation to who asked (the row names the request) and each answer a national
 * coordinator wrote (the row names the answer). Address, name and text are read when the
 * mail is sent; a request whose personal data was removed meanwhile gets nothing. An
 * answer can be replied to: its Reply-To is the address of the coordinator who wrote it.
 */
@Component
class JoinRequestMails implements OutboxMails {

	private final JdbcClient jdbc;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Regions regions;

	private final Accounts accounts;

	private final PublicUrls urls;

	private final String from;

	JoinRequestMails(JdbcClient jdbc, ITemplateEngine templates, MessageSource messages, Regions regions,
			Accounts accounts, PublicUrls urls, @Value("${goedegesprek.mail.from}") String from) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.messages = messages;
		this.regions = regions;
		this.accounts = accounts;
		this.urls = urls;
		this.from = from;
	}

	@Override
	public boolean handles(String kind) {
		return JoinRequests.CONFIRMATION.equals(kind) || JoinRequests.ANSWER.equals(kind);
	}

	private record Facts(String name, String email, String language, String regionCode, String interest,
			String answer) {

		@Override
		public String toString() {
			return "Facts[" + this.regionCode + "]";
		}

	}

	@Override
	public Optional<MimeMessage> compose(QueuedMail mail, JavaMailSender sender) {
		boolean answer = JoinRequests.ANSWER.equals(mail.kind());
		String sql = answer ? """
				select r.name, r.email, r.language, r.region_code, r.interest, a.text as answer
				from join_request_answer a join join_request r on r.id = a.request_id
				where a.id = ? and r.anonymised_at is null""" : """
				select name, email, language, region_code, interest, null as answer
				from join_request where id = ? and anonymised_at is null""";
		return this.jdbc.sql(sql)
			.param(mail.subjectId())
			.query((rs, n) -> new Facts(rs.getString("name"), rs.getString("email"), rs.getString("language"),
					rs.getString("region_code"), rs.getString("interest"), rs.getString("answer")))
			.optional()
			.map((facts) -> compose(facts, answer ? mail.accountId() : null, sender));
	}

	private MimeMessage compose(Facts facts, Long answeredBy, JavaMailSender sender) {
		Locale locale = Locale.forLanguageTag(facts.language());
		Context context = new Context(locale);
		context.setVariable("name", TextCharacters.oneLine(facts.name()));
		context.setVariable("region", this.regions.namesByCode().getOrDefault(facts.regionCode(), ""));
		context.setVariable("interest", this.messages.getMessage("Interest." + facts.interest(), null, locale));
		context.setVariable("answer", facts.answer());
		context.setVariable("pageUrl", this.urls.of("/doe-mee"));
		context.setVariable("privacyUrl", this.urls.of("/privacy"));
		String template = (facts.answer() != null) ? "mail/join-answer" : "mail/join-confirmation";
		String subject = this.messages.getMessage(
				(facts.answer() != null) ? "mail.subject.joinRequest.answer" : "mail.subject.joinRequest.confirmation",
				null, locale);
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(facts.email());
			if (answeredBy != null) {
				String replyTo = this.accounts.emails(List.of(answeredBy)).get(answeredBy);
				if (replyTo != null) {
					helper.setReplyTo(replyTo);
				}
			}
			helper.setSubject(subject);
			helper.setText(this.templates.process(template, context));
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Mail could not be composed", ex);
		}
	}

	/** One statement per kind, however many mails. */
	@Override
	public Map<Long, String> addresses(Collection<QueuedMail> mails) {
		List<Long> answers = mails.stream()
			.filter((mail) -> JoinRequests.ANSWER.equals(mail.kind()))
			.map(QueuedMail::subjectId)
			.distinct()
			.toList();
		List<Long> requests = mails.stream()
			.filter((mail) -> JoinRequests.CONFIRMATION.equals(mail.kind()))
			.map(QueuedMail::subjectId)
			.distinct()
			.toList();
		Map<Long, String> byAnswer = new HashMap<>();
		if (!answers.isEmpty()) {
			this.jdbc.sql("""
					select a.id, r.email from join_request_answer a join join_request r on r.id = a.request_id
					where a.id in (:ids) and r.email is not null""")
				.param("ids", answers)
				.query((rs, n) -> byAnswer.put(rs.getLong("id"), rs.getString("email")))
				.list();
		}
		Map<Long, String> byRequest = new HashMap<>();
		if (!requests.isEmpty()) {
			this.jdbc.sql("select id, email from join_request where id in (:ids) and email is not null")
				.param("ids", requests)
				.query((rs, n) -> byRequest.put(rs.getLong("id"), rs.getString("email")))
				.list();
		}
		Map<Long, String> addresses = new HashMap<>();
		addresses.putAll(OutboxMails.addressesOf(
				mails.stream().filter((mail) -> JoinRequests.ANSWER.equals(mail.kind())).toList(),
				QueuedMail::subjectId, byAnswer));
		addresses.putAll(OutboxMails.addressesOf(
				mails.stream().filter((mail) -> JoinRequests.CONFIRMATION.equals(mail.kind())).toList(),
				QueuedMail::subjectId, byRequest));
		return addresses;
	}

}
