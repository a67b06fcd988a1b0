package nl.nvp.goedegesprek.support;

import jakarta.mail.BodyPart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the application mailed, as a person would read it: by address, newest last.
 */
@TestComponent
public class Mailbox {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/aanmelding/[A-Za-z0-9_-]+");

	private final GreenMail greenMail;

	private final JdbcClient jdbc;

	Mailbox(GreenMail greenMail, JdbcClient jdbc) {
		this.greenMail = greenMail;
		this.jdbc = jdbc;
	}

	/**
	 * The newest mail to this participant's address once none of their registration mails
	 * waits in the outbox any more (up to ten seconds): mails that a newer one replaced
	 * before they went out are dropped, so counting mails would race.
	 */
	public MimeMessage newestSettled(String address) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline) && (to(address).isEmpty() || this.jdbc.sql("""
				select count(*) from mail_outbox o join registration r on r.id = o.subject_id
				where o.kind like 'registration.%' and r.email = ? and o.outcome is null""")
			.param(address)
			.query(Long.class)
			.single() > 0)) {
			this.greenMail.waitForIncomingEmail(50, 1);
		}
		List<MimeMessage> messages = to(address);
		if (messages.isEmpty()) {
			throw new AssertionError("No mail to " + address);
		}
		return messages.get(messages.size() - 1);
	}

	public List<MimeMessage> to(String address) {
		return Arrays.stream(this.greenMail.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients())
					.anyMatch((r) -> r.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/**
	 * Waits (up to ten seconds) until this address has received the given number of
	 * mails.
	 */
	public List<MimeMessage> await(String address, int count) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		List<MimeMessage> messages = to(address);
		while (messages.size() < count && Instant.now().isBefore(deadline)) {
			this.greenMail.waitForIncomingEmail(200, 1);
			messages = to(address);
		}
		if (messages.size() < count) {
			throw new AssertionError("Expected " + count + " mails to " + address + " but got " + messages.size());
		}
		return messages;
	}

	/** The newest mail to this address, after waiting for the given number. */
	public MimeMessage latest(String address, int count) {
		List<MimeMessage> messages = await(address, count);
		return messages.get(messages.size() - 1);
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message);
	}

	/**
	 * The personal link in a mail, pointed at the given base address (the test server's
	 * port).
	 */
	public static String personalLink(MimeMessage message, String baseUrl) {
		String text = text(message);
		Matcher matcher = LINK.matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No personal link in: " + text);
		}
		return baseUrl + matcher.group().substring(matcher.group().indexOf("/aanmelding/"));
	}

	/**
	 * The link in a mail whose path starts with this prefix ("/uitnodiging/"), pointed at
	 * the given base address (the test server's port; "" for the path only).
	 */
	public static String link(MimeMessage message, String prefix, String baseUrl) {
		String text = text(message);
		Matcher matcher = Pattern.compile("https?://\\S+" + Pattern.quote(prefix) + "[A-Za-z0-9_-]+").matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No link " + prefix + " in: " + text);
		}
		return baseUrl + matcher.group().substring(matcher.group().indexOf(prefix));
	}

	/** The mail's text part, decoded. */
	public static String text(MimeMessage message) {
		try {
			Object content = message.getContent();
			if (content instanceof String text) {
				return text;
			}
			if (content instanceof Multipart multipart) {
				StringBuilder all = new StringBuilder();
				collect(multipart, all);
				return all.toString();
			}
			return String.valueOf(content);
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void collect(Multipart multipart, StringBuilder all) throws MessagingException, IOException {
		for (int i = 0; i < multipart.getCount(); i++) {
			Object part = multipart.getBodyPart(i).getContent();
			if (part instanceof String text) {
				all.append(text).append('\n');
			}
			else if (part instanceof Multipart nested) {
				collect(nested, all);
			}
			else if (part instanceof InputStream stream) {
				all.append(new String(stream.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
			}
		}
	}

	/** The mail's calendar file (the text/calendar part), or null when it has none. */
	public static String calendarFile(MimeMessage message) {
		try {
			return (message.getContent() instanceof Multipart multipart) ? findCalendar(multipart) : null;
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String findCalendar(Multipart multipart) throws MessagingException, IOException {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
				Object content = part.getContent();
				return (content instanceof InputStream stream)
						? new String(stream.readAllBytes(), StandardCharsets.UTF_8) : String.valueOf(content);
			}
			if (part.getContent() instanceof Multipart nested) {
				String found = findCalendar(nested);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
