package nl.nvp.goedegesprek.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's mail server when there is none: if nothing listens on the configured SMTP
 * port (Mailpit from docker-compose.yml, where Docker runs) at start-up, a GreenMail SMTP
 * server is started there, in process. The application sends to it over real SMTP, as it
 * would to any relay; the demo mail page reads what arrived. Only under the demo profile,
 * and only on a loopback address (decision 21).
 */
@Component
@Profile("demo")
class DemoMailCatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoMailCatcher.class);

	private final GreenMail greenMail;

	DemoMailCatcher(@Value("${spring.mail.host:localhost}") String host, @Value("${spring.mail.port:25}") int port) {
		this.greenMail = startIfNothingListens(host, port);
	}

	private static GreenMail startIfNothingListens(String host, int port) {
		if (!isLoopback(host) || listens(host, port)) {
			log.info("Demo mail: another SMTP server answers on port {}; the demo mail page points to it", port);
			return null;
		}
		try {
			GreenMail server = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
			server.start();
			log.info("Demo mail: in-process SMTP server on port {}; mails are listed on /demo/mails", port);
			return server;
		}
		catch (RuntimeException ex) {
			log.warn("Demo mail: could not start the in-process SMTP server on port {}: {}", port, ex.toString());
			return null;
		}
	}

	private static boolean isLoopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean listens(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Whether the mails arrive here (not at Mailpit or another server). */
	boolean running() {
		return this.greenMail != null;
	}

	/**
	 * Waits (at most the given time) until this many mails have arrived.
	 * @return whether they did
	 */
	boolean awaitMails(int count, long timeoutMillis) {
		return this.greenMail != null && this.greenMail.waitForIncomingEmail(timeoutMillis, count);
	}

	/** Every mail received, newest (last arrived) first. */
	List<ReceivedMail> mails() {
		if (this.greenMail == null) {
			return List.of();
		}
		List<ReceivedMail> mails = new ArrayList<>();
		MimeMessage[] messages = this.greenMail.getReceivedMessages();
		for (int i = 0; i < messages.length; i++) {
			mails.add(read(i, messages[i]));
		}
		// GreenMail keeps them in the order they arrived.
		mails.sort(Comparator.comparing(ReceivedMail::number).reversed());
		return mails;
	}

	private static ReceivedMail read(int number, MimeMessage message) {
		try {
			Address[] recipients = message.getAllRecipients();
			String to = (recipients != null)
					? Arrays.stream(recipients).map(Address::toString).collect(Collectors.joining(", ")) : "";
			Instant received = (message.getReceivedDate() != null) ? message.getReceivedDate().toInstant()
					: (message.getSentDate() != null) ? message.getSentDate().toInstant() : Instant.EPOCH;
			String text = plainText(message);
			return new ReceivedMail(number, to, message.getSubject(), received, (text != null) ? text : "");
		}
		catch (MessagingException | IOException ex) {
			return new ReceivedMail(number, "", "", Instant.EPOCH, "");
		}
	}

	/** The first text/plain part of a mail (its calendar file is left out). */
	private static String plainText(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = plainText(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	@Override
	public void destroy() {
		if (this.greenMail != null) {
			this.greenMail.stop();
		}
	}

	/** One mail as the demo mail page shows it. */
	record ReceivedMail(int number, String to, String subject, Instant received, String text) {

	}

}
