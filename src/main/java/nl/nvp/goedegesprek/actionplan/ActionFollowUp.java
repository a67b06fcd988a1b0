package nl.nvp.goedegesprek.actionplan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up of the actions: their owners report progress through a personal link (sent on
 * request and with every reminder; only its hash is kept), and are reminded once before
 * the deadline and once after it. The reminder job runs hourly on one instance at a time
 * (ShedLock); the actions it reminds are locked and marked in the same transaction.
 */
@Service
@Transactional(readOnly = true)
class ActionFollowUp {

	private static final Logger log = LoggerFactory.getLogger(ActionFollowUp.class);

	static final Duration LINK_VALID = Duration.ofDays(120);

	static final List<ActionStatus> OWNER_STATUSES = List.of(ActionStatus.AFGESPROKEN, ActionStatus.IN_UITVOERING,
			ActionStatus.AFGEROND);

	private final ActionRepository actions;

	private final ActionPlanAccess access;

	private final Trajectories trajectories;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int daysBefore;

	private final ActionOwnerMails ownerMails;

	ActionFollowUp(ActionOwnerMails ownerMails, ActionRepository actions, ActionPlanAccess access,
			Trajectories trajectories, ApplicationEventPublisher events, Clock clock,
			@Value("${goedegesprek.action-reminders.days-before:14}") int daysBefore) {
		this.actions = actions;
		this.access = access;
		this.trajectories = trajectories;
		this.events = events;
		this.clock = clock;
		this.daysBefore = daysBefore;
		this.ownerMails = ownerMails;
	}

	/** Mails the action's contact person a new personal link. */
	@Transactional
	void sendOwnerLink(long trajectoryId, long actionId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		ImprovementAction action = this.actions.findInTrajectory(actionId, trajectoryId)
			.orElseThrow(NotFoundException::new);
		if (action.getContactEmail() == null) {
			throw new RuleException("action.rule.noContact");
		}
		mail(action, ActionOwnerMail.Kind.LINK);
	}

	private void mail(ImprovementAction action, ActionOwnerMail.Kind kind) {
		SecretToken token = SecretToken.generate();
		action.giveOwnerLink(token.hash(), this.clock.instant().plus(LINK_VALID));
		this.events.publishEvent(
				new ActionOwnerMail(kind, action.getContactEmail(), action.getContactName(), action.getTitle(),
						this.trajectories.publicTitle(action.getTrajectoryId()), action.getDeadline(), token.value()));
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
			// Sent here, while the action is locked, and marked only when sent: a mail
			// server that is down gets the reminder at the next run.
			SecretToken token = SecretToken.generate();
			ActionOwnerMail mail = new ActionOwnerMail(
					overdue ? ActionOwnerMail.Kind.OVERDUE : ActionOwnerMail.Kind.BEFORE, action.getContactEmail(),
					action.getContactName(), action.getTitle(), this.trajectories.publicTitle(action.getTrajectoryId()),
					action.getDeadline(), token.value());
			if (!this.ownerMails.sendNow(mail)) {
				continue;
			}
			action.giveOwnerLink(token.hash(), now.plus(LINK_VALID));
			if (overdue) {
				action.remindedOverdue(now);
			}
			else {
				action.remindedBefore(now);
			}
			sent++;
		}
		if (sent > 0) {
			log.info("Sent {} action reminders", sent);
		}
	}

	record OwnerView(String trajectoryTitle, ImprovementAction action) {
	}

	/** What the owner with this link sees; not found for an unknown or expired link. */
	OwnerView ownerView(String token) {
		ImprovementAction action = byToken(token);
		return new OwnerView(this.trajectories.publicTitle(action.getTrajectoryId()), action);
	}

	@Transactional
	void ownerReport(String token, ProgressLinkForm form) {
		ImprovementAction action = byToken(token);
		action.report(form.getReportedOn(), form.getText(), form.getEvidenceUrl());
		if (action.getStatus() != form.getStatus()) {
			action.reportStatus(form.getStatus());
			this.actions.recordStatus(action.getId(), form.getStatus().name(), LocalDate.now(this.clock));
		}
	}

	private ImprovementAction byToken(String token) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		return this.actions.findByOwnerLinkHash(SecretToken.sha256(token))
			.filter((action) -> action.ownerLinkValid(this.clock.instant()))
			.filter((action) -> !this.trajectories.isClosed(action.getTrajectoryId()))
			.filter((action) -> !action.getStatus().isClosed() || action.getStatus() == ActionStatus.AFGEROND)
			.orElseThrow(NotFoundException::new);
	}

}
