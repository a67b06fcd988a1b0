package nl.nvp.goedegesprek.shared;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * This instance's mail sender: one thread that claims due mails from the outbox, sends
 * them and marks them, woken right after a commit that queued a mail and otherwise every
 * few seconds. Claiming is one short statement ({@code FOR UPDATE SKIP LOCKED} and a
 * lease in {@code locked_until}), so two instances never take the same mail; composing
 * and sending happen outside any transaction, so the mail server's speed never holds a
 * database connection; marking is one short statement again. The sender uses one
 * connection at a time, however many mails a burst of registrations queued. A mail that
 * fails is tried again later, each time twice as late (up to an hour); without a mail
 * server (none configured or one that is down) mails stay queued and a warning without
 * personal data is logged.
 */
@Component
class OutboxSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final JdbcClient jdbc;

	private final MailTokenCipher cipher;

	private final OutboxWakeUp wakeUp;

	private final OutboxSettings settings;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final ObjectProvider<OutboxMails> modules;

	private final MailMetrics metrics;

	private final MailOutbox outbox;

	private final AtomicBoolean warnedNoServer = new AtomicBoolean();

	private volatile boolean running;

	private Thread thread;

	OutboxSender(JdbcClient jdbc, MailTokenCipher cipher, OutboxWakeUp wakeUp, OutboxSettings settings,
			ObjectProvider<JavaMailSender> mailSender, ObjectProvider<OutboxMails> modules, MailMetrics metrics,
			MailOutbox outbox) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.wakeUp = wakeUp;
		this.settings = settings;
		this.mailSender = mailSender;
		this.modules = modules;
		this.metrics = metrics;
		this.outbox = outbox;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::loop, "mail-outbox");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Lets the mail being sent finish (up to half a minute); what is left stays queued.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.wakeUp.signal();
		if (this.thread != null) {
			try {
				this.thread.join(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void loop() {
		while (this.running) {
			boolean more = false;
			try {
				more = sendDue();
				MailOutbox.Counts counts = this.outbox.counts();
				this.metrics.outbox(counts.queued(), counts.failing());
			}
			catch (RuntimeException ex) {
				// The database is away, say: the mails wait for it.
				log.warn("Mail outbox not read: {}", ex.getClass().getSimpleName());
			}
			if (!more) {
				try {
					this.wakeUp.await(this.settings.poll());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Sends one batch of due mails; true if there may be more. */
	boolean sendDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			if (this.warnedNoServer.compareAndSet(false, true)) {
				log.warn("No mail server configured (spring.mail.host): mails stay queued");
			}
			return false;
		}
		List<Claimed> claimed = claim();
		for (Claimed mail : claimed) {
			if (!this.running) {
				release(mail);
				continue;
			}
			send(sender, mail);
		}
		return claimed.size() == this.settings.batch();
	}

	private record Claimed(long id, String kind, long subjectId, int detail, Long accountId, byte[] sealed,
			int attempts) {
	}

	private List<Claimed> claim() {
		return this.jdbc.sql("""
				update mail_outbox
				set locked_until = now() + make_interval(secs => ?), attempts = attempts + 1, last_attempt_at = now()
				where id in (
				    select id from mail_outbox
				    where outcome is null and next_attempt_at <= now()
				      and (locked_until is null or locked_until < now())
				    order by next_attempt_at, id
				    limit ?
				    for update skip locked)
				returning id, kind, subject_id, detail, account_id, sealed_token, attempts""")
			.params(this.settings.lease().toSeconds(), this.settings.batch())
			.query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("kind"), rs.getLong("subject_id"),
					rs.getInt("detail"), (Long) rs.getObject("account_id"), rs.getBytes("sealed_token"),
					rs.getInt("attempts")))
			.list()
			.stream()
			.sorted((a, b) -> Long.compare(a.id(), b.id()))
			.toList();
	}

	private void send(JavaMailSender sender, Claimed claimed) {
		String token = this.cipher.open(claimed.id(), claimed.sealed());
		if (claimed.sealed() != null && token == null) {
			finish(claimed, "abandoned", "The link could not be read (was GG_HASH_KEY changed?)");
			return;
		}
		OutboxMails.QueuedMail mail = new OutboxMails.QueuedMail(claimed.id(), claimed.kind(), claimed.subjectId(),
				claimed.detail(), claimed.accountId(), token);
		Optional<OutboxMails> module = this.modules.orderedStream()
			.filter((candidate) -> candidate.handles(claimed.kind()))
			.findFirst();
		if (module.isEmpty()) {
			failed(claimed, "No module writes mails of this kind");
			return;
		}
		try {
			Optional<MimeMessage> message = module.get().compose(mail, sender);
			if (message.isEmpty()) {
				finish(claimed, "dropped", null);
				return;
			}
			sender.send(message.get());
		}
		catch (RuntimeException ex) {
			log.warn("Could not send {} (attempt {}): {}", mail, claimed.attempts(), ex.getClass().getSimpleName());
			this.metrics.failed(claimed.kind());
			failed(claimed, describe(ex));
			return;
		}
		this.metrics.sent(claimed.kind());
		finish(claimed, "sent", null);
	}

	private void finish(Claimed claimed, String outcome, String error) {
		this.jdbc.sql("""
				update mail_outbox
				set outcome = ?, finished_at = now(), sealed_token = null, locked_until = null,
				    last_error = coalesce(?, last_error)
				where id = ?""").params(outcome, error, claimed.id()).update();
	}

	/** Tried again later, or given up (the token cleared) once it waited too long. */
	private void failed(Claimed claimed, String error) {
		this.jdbc.sql("""
				update mail_outbox
				set locked_until = null, last_error = ?,
				    next_attempt_at = now() + make_interval(secs => ?),
				    outcome = case when created_at < now() - make_interval(secs => ?) then 'abandoned' end,
				    finished_at = case when created_at < now() - make_interval(secs => ?) then now() end,
				    sealed_token = case when created_at < now() - make_interval(secs => ?) then null
				                        else sealed_token end
				where id = ?""")
			.params(error, (double) this.settings.retryAfter(claimed.attempts()).toMillis() / 1000,
					this.settings.giveUpAfter().toSeconds(), this.settings.giveUpAfter().toSeconds(),
					this.settings.giveUpAfter().toSeconds(), claimed.id())
			.update();
	}

	/** Back to the queue, untried: the application is stopping. */
	private void release(Claimed claimed) {
		this.jdbc.sql("update mail_outbox set locked_until = null, attempts = attempts - 1 where id = ?")
			.param(claimed.id())
			.update();
	}

	/**
	 * The exception's class and message, and its causes', without anything that looks
	 * like an address, at most 300 characters.
	 */
	static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = ex; cause != null && text.length() < 300; cause = cause.getCause()) {
			if (!text.isEmpty()) {
				text.append(" / ");
			}
			text.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage().lines().findFirst().orElse(""));
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		String clean = text.toString().replaceAll("\\S*@\\S*", "[address]").replaceAll("\\p{Cntrl}", " ");
		return (clean.length() > 300) ? clean.substring(0, 299) + "…" : clean;
	}

}
