package nl.nvp.goedegesprek.shared;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox short: every ten minutes, on one instance at a time, gives up mails
 * queued longer than {@code give-up-after} that no sender tried (no mail server
 * configured), clearing their tokens, and deletes mails sent or dropped a day ago and
 * mails given up 30 days ago (until then the coordinators' page shows them).
 */
@Component
class MailOutboxCleanup {

	private final JdbcClient jdbc;

	private final OutboxSettings settings;

	MailOutboxCleanup(JdbcClient jdbc, OutboxSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Scheduled(cron = "${goedegesprek.mail-outbox.cleanup-cron:0 */10 * * * *}")
	@SchedulerLock(name = "mail-outbox-cleanup", lockAtMostFor = "PT5M")
	public void cleanUp() {
		this.jdbc.sql("""
				update mail_outbox
				set outcome = 'abandoned', finished_at = now(), sealed_token = null, locked_until = null
				where outcome is null and created_at < now() - make_interval(secs => ?)
				  and (locked_until is null or locked_until < now())""")
			.param(this.settings.giveUpAfter().toSeconds())
			.update();
		this.jdbc.sql("""
				delete from mail_outbox
				where (outcome in ('sent', 'dropped') and finished_at < now() - interval '1 day')
				   or (outcome = 'abandoned' and finished_at < now() - interval '30 days')""").update();
	}

}
