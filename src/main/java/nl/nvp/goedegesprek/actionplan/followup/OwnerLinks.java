package nl.nvp.goedegesprek.actionplan.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.actionplan.action.ActionPlanAccess;
import nl.nvp.goedegesprek.actionplan.action.ActionRepository;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.actionplan.action.ImprovementAction;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action owners' personal links: an owner reports progress through one (sent on request
 * by {@link ActionOwnerMails}, and with every reminder by {@link ActionReminders}; only
 * its hash is kept).
 */
@Service
@Transactional(readOnly = true)
class OwnerLinks {

	static final Duration LINK_VALID = Duration.ofDays(120);

	static final List<ActionStatus> OWNER_STATUSES = List.of(ActionStatus.AGREED, ActionStatus.IN_PROGRESS,
			ActionStatus.DONE);

	private final ActionRepository actions;

	private final ActionPlanAccess access;

	private final Trajectories trajectories;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OwnerLinks(ActionRepository actions, ActionPlanAccess access, Trajectories trajectories,
			ApplicationEventPublisher events, Clock clock) {
		this.actions = actions;
		this.access = access;
		this.trajectories = trajectories;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Mails the action's contact person a new personal link, once this transaction
	 * commits: {@link ActionOwnerMails} makes the link and sends it.
	 */
	@Transactional
	void sendOwnerLink(long trajectoryId, long actionId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		ImprovementAction action = this.actions.findInTrajectory(actionId, trajectoryId)
			.orElseThrow(NotFoundException::new);
		if (action.getContactEmail() == null) {
			throw new RuleException("action.rule.noContact");
		}
		this.events.publishEvent(new OwnerLinkRequested(action.getId()));
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
			.filter((action) -> !action.getStatus().isClosed() || action.getStatus() == ActionStatus.DONE)
			.orElseThrow(NotFoundException::new);
	}

}
