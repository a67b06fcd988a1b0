package nl.nvp.goedegesprek.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that is down and comes back: the application is pointed at a port where
 * nothing listens; {@link #start()} starts a mail server there, which the test then
 * reads. Closing points the application back at the suite's GreenMail.
 */
public final class MailOutage implements AutoCloseable {

	private final JavaMailSenderImpl sender;

	private final int originalPort;

	private final int port;

	private GreenMail server;

	private MailOutage(JavaMailSenderImpl sender) throws IOException {
		this.sender = sender;
		this.originalPort = sender.getPort();
		try (ServerSocket free = new ServerSocket(0)) {
			this.port = free.getLocalPort();
		}
		sender.setPort(this.port);
	}

	/** From now on, the application's mail server does not answer. */
	public static MailOutage begin(JavaMailSender sender) throws IOException {
		return new MailOutage((JavaMailSenderImpl) sender);
	}

	/** The mail server is back (and empty); what it receives can be read from it. */
	public GreenMail start() {
		this.server = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.server.start();
		return this.server;
	}

	@Override
	public void close() {
		this.sender.setPort(this.originalPort);
		if (this.server != null) {
			this.server.stop();
		}
	}

	/**
	 * What a mail server received for this address (other tests' mails may come too).
	 * @param server the mail server
	 * @param email the address
	 * @return its mails
	 */
	public static MimeMessage[] receivedBy(GreenMail server, String email) {
		return Arrays.stream(server.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.toString(message.getAllRecipients()).contains(email);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toArray(MimeMessage[]::new);
	}

	/**
	 * The condition's value once it is not null, or null after 15 seconds (the outbox
	 * sends on its own thread).
	 * @param <T> the value
	 * @param condition gives null while not yet so
	 * @return the value, or null
	 * @throws InterruptedException when interrupted
	 */
	public static <T> T await(Supplier<T> condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		T value = condition.get();
		while (value == null && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			value = condition.get();
		}
		return value;
	}

}
