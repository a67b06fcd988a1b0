package nl.nvp.goedegesprek.actionplan.national;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.actionplan.NationalActionProposals;
import nl.nvp.goedegesprek.actionplan.action.ActionRepository;
import nl.nvp.goedegesprek.actionplan.action.ActionScope;
import nl.nvp.goedegesprek.actionplan.action.ImprovementAction;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * National escalation: the actions regions hand to the NVP, in one list with the regions
 * they come from, linked by national coordinators (the web layer lets only them in) under
 * national actions whose progress the regions see.
 */
@Service
@Transactional(readOnly = true)
public class NationalActions implements NationalActionProposals {

	private final NationalActionRepository nationalActions;

	private final ActionRepository actions;

	private final Trajectories trajectories;

	private final Regions regions;

	private final TransactionLocks locks;

	NationalActions(NationalActionRepository nationalActions, ActionRepository actions, Trajectories trajectories,
			Regions regions, TransactionLocks locks) {
		this.locks = locks;
		this.nationalActions = nationalActions;
		this.actions = actions;
		this.trajectories = trajectories;
		this.regions = regions;
	}

	record RegionalAction(ImprovementAction action, String trajectoryTitle, String regionName) {
	}

	record Group(NationalAction national, List<RegionalAction> actions) {
	}

	record Overview(List<Group> groups, List<RegionalAction> unlinked) {
	}

	/**
	 * All national actions with the regional actions under them, and those not linked
	 * yet.
	 */
	Overview overview(AccountPrincipal user) {
		Map<Long, TrajectoryRef> trajectories = new HashMap<>();
		this.trajectories.visibleTo(user).forEach((trajectory) -> trajectories.put(trajectory.id(), trajectory));
		Map<String, String> regionNames = this.regions.namesByCode();
		Map<Long, List<RegionalAction>> linked = new HashMap<>();
		List<RegionalAction> unlinked = new ArrayList<>();
		for (ImprovementAction action : this.actions.findNational()) {
			TrajectoryRef trajectory = trajectories.get(action.getTrajectoryId());
			if (trajectory == null) {
				continue;
			}
			RegionalAction row = new RegionalAction(action, trajectory.title(),
					regionNames.getOrDefault(trajectory.regionCode(), trajectory.regionCode()));
			if (action.getNationalActionId() == null) {
				unlinked.add(row);
			}
			else {
				linked.computeIfAbsent(action.getNationalActionId(), (id) -> new ArrayList<>()).add(row);
			}
		}
		List<Group> groups = this.nationalActions.findAllByTitle()
			.stream()
			.map((national) -> new Group(national, linked.getOrDefault(national.getId(), List.of())))
			.toList();
		return new Overview(groups, unlinked);
	}

	NationalAction get(long nationalActionId) {
		return this.nationalActions.findWithProgress(nationalActionId).orElseThrow(NotFoundException::new);
	}

	/**
	 * Makes a national action; refused ({@code NationalActionForm.title.exists}) when one
	 * with this title exists: the same form sent from two tabs makes one (decision 28).
	 */
	@Override
	@Transactional
	public long propose(String title, String description) {
		NationalActionForm form = new NationalActionForm();
		form.setTitle(title);
		form.setDescription(description);
		return create(form);
	}

	@Transactional
	public long create(NationalActionForm form) {
		this.locks.lock("national-action-title", "all");
		if (this.nationalActions.existsWithTitle(form.getTitle())) {
			throw new RuleException("NationalActionForm.title.exists");
		}
		return this.nationalActions.saveAndFlush(new NationalAction(form.getTitle(), form.getDescription())).getId();
	}

	/** Puts a regional action handed to the NVP under this national action. */
	@Transactional
	public void link(long nationalActionId, long actionId) {
		get(nationalActionId);
		// Locked: two links at once are made one after the other (the second changes
		// nothing), not refused as a conflict.
		ImprovementAction action = this.actions.lock(actionId)
			.filter((found) -> found.getScope() == ActionScope.NATIONAL)
			.orElseThrow(NotFoundException::new);
		if (!Long.valueOf(nationalActionId).equals(action.getNationalActionId())) {
			action.linkTo(nationalActionId);
		}
	}

	@Transactional
	void unlink(long nationalActionId, long actionId) {
		this.actions.lock(actionId)
			.filter((found) -> Long.valueOf(nationalActionId).equals(found.getNationalActionId()))
			.ifPresent((action) -> action.linkTo(null));
	}

	@Transactional
	void report(long nationalActionId, NationalProgressForm form) {
		this.nationalActions.lock(nationalActionId)
			.orElseThrow(NotFoundException::new)
			.report(form.getReportedOn(), form.getText(), form.getStatus());
	}

}
