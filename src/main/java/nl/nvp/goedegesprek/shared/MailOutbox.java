package nl.nvp.goedegesprek.shared;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text mails to people with an account, sent one at a time on a thread of their own
 * (callers hand them over after their transaction commits). Without a mail server nothing
 * is sent and a warning without the address is logged.
 */
@Component
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final ExecutorService outbox = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "mail-outbox");
		thread.setDaemon(true);
		return thread;
	});

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	private final MailMetrics metrics;

	MailOutbox(ObjectProvider<JavaMailSender> mailSender, @Value("${goedegesprek.mail.from}") String from,
			MailMetrics metrics) {
		this.mailSender = mailSender;
		this.from = from;
		this.metrics = metrics;
	}

	/** Queues a mail; {@code what} names it in a log line (never personal data). */
	public void send(String to, String subject, String text, String what) {
		this.outbox.execute(() -> sendNow(to, subject, text, what));
	}

	/**
	 * Sends a mail now, on the caller's thread; false if it could not be sent (so that a
	 * job can try again later).
	 */
	public boolean sendNow(String to, String subject, String text, String what) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			log.warn("No mail server configured (spring.mail.host): {} not sent", what);
			this.metrics.failed(what);
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			sender.send(message);
			this.metrics.sent(what);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Could not send {}: {}", what, ex.getClass().getSimpleName());
			this.metrics.failed(what);
			return false;
		}
	}

	@PreDestroy
	void close() throws InterruptedException {
		this.outbox.shutdown();
		this.outbox.awaitTermination(30, TimeUnit.SECONDS);
	}

}
