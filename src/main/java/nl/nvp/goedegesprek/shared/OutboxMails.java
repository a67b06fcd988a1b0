package nl.nvp.goedegesprek.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;

/**
 * The kinds of mail a module sends through the {@link MailOutbox}: it says which kinds
 * are its own, writes a queued mail when it is due (reading address, name and facts then,
 * and answering empty when the mail no longer applies), and names the addresses of mails
 * that keep failing for the coordinators' page.
 */
public interface OutboxMails {

	/** Whether this kind (e.g. "registration.CONFIRMED") is one of this module's. */
	boolean handles(String kind);

	/**
	 * The mail to send now, or empty when it no longer applies (the registration was
	 * cancelled, a newer link replaced this one, the plan version was adopted, the person
	 * was erased). Called outside any transaction; read in short ones of your own.
	 */
	Optional<MimeMessage> compose(QueuedMail mail, JavaMailSender sender);

	/** The current address of each of these mails, by the mail's id (absent if none). */
	Map<Long, String> addresses(Collection<QueuedMail> mails);

	/**
	 * Each mail's address, by the mail's id, from the current addresses of what the mails
	 * are about: {@code about} names it for a mail (its subject or account id, or null),
	 * {@code addressOf} holds the addresses by that id. A mail without one is left out.
	 */
	static Map<Long, String> addressesOf(Collection<QueuedMail> mails, Function<QueuedMail, Long> about,
			Map<Long, String> addressOf) {
		Map<Long, String> addresses = new HashMap<>();
		for (QueuedMail mail : mails) {
			Long key = about.apply(mail);
			String address = (key != null) ? addressOf.get(key) : null;
			if (address != null) {
				addresses.put(mail.id(), address);
			}
		}
		return addresses;
	}

	/**
	 * A mail in the outbox: what it is about by ids, and the personal link's raw token
	 * (decrypted, only while it is being sent; null when the mail has none).
	 */
	record QueuedMail(long id, String kind, long subjectId, int detail, Long accountId, String token) {

		/** The part of the kind after the module's prefix ("CONFIRMED"). */
		public String kindAfter(String prefix) {
			return this.kind.substring(prefix.length());
		}

		@Override
		public String toString() {
			return "QueuedMail[" + this.id + ", " + this.kind + "]";
		}

	}

}
