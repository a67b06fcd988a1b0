package nl.nvp.goedegesprek.support;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

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

}
