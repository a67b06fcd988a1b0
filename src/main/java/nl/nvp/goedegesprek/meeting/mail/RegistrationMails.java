package nl.nvp.goedegesprek.meeting.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import nl.nvp.goedegesprek.meeting.registration.RegistrationMail;
import nl.nvp.goedegesprek.shared.MailMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends participants their mails once the registration change is committed. Mails go out
 * one at a time, in order, on a thread of their own, so a slow mail server never holds up
 * a page or a database connection. A mail that cannot be sent is logged without personal
 * data; the participant can register again to get their link anew. What a mail says is up
 * to {@link RegistrationMailComposer}.
 */
@Component
class RegistrationMails {

	private static final Logger log = LoggerFactory.getLogger(RegistrationMails.class);

	private final ExecutorService outbox = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "registration-mail");
		thread.setDaemon(true);
		return thread;
	});

	private final ObjectProvider<JavaMailSender> mailSender;

	private final RegistrationMailComposer composer;

	private final MailMetrics metrics;

	RegistrationMails(ObjectProvider<JavaMailSender> mailSender, RegistrationMailComposer composer,
			MailMetrics metrics) {
		this.mailSender = mailSender;
		this.composer = composer;
		this.metrics = metrics;
	}

	/**
	 * Hands the mail to the outbox once the transaction commits. (A plain listener with a
	 * synchronization of its own, not a transactional event listener: those get a row in
	 * the event publication registry, whose completion needs a second connection while
	 * many registrations commit at once.)
	 */
	@EventListener
	void on(RegistrationMail mail) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					RegistrationMails.this.outbox.execute(() -> send(mail));
				}
			});
		}
		else {
			this.outbox.execute(() -> send(mail));
		}
	}

	/** Sends what is still queued before the application stops (up to half a minute). */
	@PreDestroy
	void close() throws InterruptedException {
		this.outbox.shutdown();
		this.outbox.awaitTermination(30, TimeUnit.SECONDS);
	}

	private void send(RegistrationMail mail) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			log.warn("No mail server configured (spring.mail.host): {} not sent", mail);
			this.metrics.failed("registration-" + mail.kind());
			return;
		}
		try {
			sender.send(this.composer.compose(sender, mail));
			this.metrics.sent("registration-" + mail.kind());
		}
		catch (RuntimeException ex) {
			log.warn("Could not send {}: {}", mail, ex.getClass().getSimpleName());
			this.metrics.failed("registration-" + mail.kind());
		}
	}

}
