package nl.nvp.goedegesprek.actionplan.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.nvp.goedegesprek.actionplan.action.ActionRepository;
import nl.nvp.goedegesprek.actionplan.action.ImprovementAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds action owners once before the deadline and once after it, each time with a new
 * personal link, queued in the outbox. The job runs hourly on one instance at a time
 * (ShedLock); the actions it reminds are locked and marked in the same transaction.
 */
@Component
class ActionReminders {

	private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);

	private final ActionRepository actions;

	private final ActionOwnerMails ownerMails;

	private final Clock clock;

	private final int daysBefore;

	ActionReminders(ActionRepository actions, ActionOwnerMails ownerMails, Clock clock,
			@Value("${goedegesprek.action-reminders.days-before:14}") int daysBefore) {
		this.actions = actions;
		this.ownerMails = ownerMails;
		this.clock = clock;
		this.daysBefore = daysBefore;
	}

	@Scheduled(cron = "${goedegesprek.action-reminders.cron:0 15 * * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "action-reminders", lockAtMostFor = "PT10M")
	@Transactional
	public void sendDue() {
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		int sent = 0;
		for (ImprovementAction action : this.actions.findDueForReminder(today, today.plusDays(this.daysBefore))) {
			boolean overdue = action.getDeadline().isBefore(today);
			// Queued in this transaction, with the new link, while the action is locked.
			this.ownerMails.queue(overdue ? ActionOwnerMail.Kind.OVERDUE : ActionOwnerMail.Kind.BEFORE, action);
			if (overdue) {
				action.remindedOverdue(now);
			}
			else {
				action.remindedBefore(now);
			}
			sent++;
		}
		if (sent > 0) {
			log.info("Queued {} action reminders", sent);
		}
	}

}
