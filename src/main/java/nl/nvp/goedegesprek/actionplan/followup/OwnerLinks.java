package nl.nvp.goedegesprek.actionplan.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
	 * The statuses an owner may choose on their page: those an owner reports, and where
	 * the action stands now (also "proposed"), so that sending a report alone never
	 * changes the status.
	 */
	static List<ActionStatus> statusesFor(ImprovementAction action) {
		if (OWNER_STATUSES.contains(action.getStatus())) {
			return OWNER_STATUSES;
		}
		List<ActionStatus> statuses = new ArrayList<>();
		statuses.add(action.getStatus());
		statuses.addAll(OWNER_STATUSES);
		return statuses;
	}

	/**
	 * Mails the action's contact person a new personal link, once this transaction
	 * commits: {@link ActionOwnerMails} makes the link and sends it. Refused for a
	 * stopped action (its link would not open). The action is locked, so a double click
	 * asks for one mail; false if a mail was asked for a moment ago and none is asked
	 * now.
	 */
	@Transactional
	boolean sendOwnerLink(long trajectoryId, long actionId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		ImprovementAction action = this.actions.lock(actionId)
			.filter((found) -> found.getTrajectoryId() == trajectoryId)
			.orElseThrow(NotFoundException::new);
		if (action.getContactEmail() == null) {
			throw new RuleException("action.rule.noContact");
		}
		if (!opensOwnerPage(action)) {
			throw new RuleException("ownerLink.stopped");
		}
		if (!action.requestOwnerLink(this.clock.instant())) {
			return false;
		}
		this.events.publishEvent(new OwnerLinkRequested(action.getId()));
		return true;
	}

	/** Whether an owner link opens for this action (not for a stopped one). */
	static boolean opensOwnerPage(ImprovementAction action) {
		return !action.getStatus().isClosed() || action.getStatus() == ActionStatus.DONE;
	}

	record OwnerView(String trajectoryTitle, ImprovementAction action) {
	}

	/** What the owner with this link sees; not found for an unknown or expired link. */
	OwnerView ownerView(String token) {
		ImprovementAction action = byToken(token);
		return new OwnerView(this.trajectories.publicTitle(action.getTrajectoryId()), action);
	}

	/**
	 * Saves the owner's report and the status they chose. The action is locked, so that a
	 * double submit saves one report and one status change.
	 */
	@Transactional
	void ownerReport(String token, ProgressLinkForm form) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		ImprovementAction action = this.actions.lockByOwnerLinkHash(SecretToken.sha256(token))
			.filter(this::open)
			.orElseThrow(NotFoundException::new);
		if (!action.report(form.getReportedOn(), form.getText(), form.getEvidenceUrl())) {
			return;
		}
		if (action.getStatus() != form.getStatus() && OWNER_STATUSES.contains(form.getStatus())) {
			action.reportStatus(form.getStatus());
			this.actions.recordStatus(action.getId(), form.getStatus().name(), LocalDate.now(this.clock));
		}
	}

	private ImprovementAction byToken(String token) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		return this.actions.findByOwnerLinkHash(SecretToken.sha256(token))
			.filter(this::open)
			.orElseThrow(NotFoundException::new);
	}

	/** The link works: not expired, the trajectory not closed, the action not stopped. */
	private boolean open(ImprovementAction action) {
		return action.ownerLinkValid(this.clock.instant()) && !this.trajectories.isClosed(action.getTrajectoryId())
				&& opensOwnerPage(action);
	}

}
