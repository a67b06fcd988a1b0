package nl.nvp.goedegesprek.actionplan.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.actionplan.action.ActionPlanAccess;
import nl.nvp.goedegesprek.actionplan.action.ActionRepository;
import nl.nvp.goedegesprek.actionplan.action.ImprovementAction;
import nl.nvp.goedegesprek.harvest.Harvests;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the action plan of a trajectory and sending it for review: its coordinators
 * write the introduction, and freeze the plan with its actions into a numbered version
 * for the region's policymakers ({@link PlanReviews}, {@link PlanVersions}).
 */
@Service
@Transactional(readOnly = true)
public class Plans {

	private final ActionPlanRepository plans;

	private final PlanVersionRepository versions;

	private final ActionRepository actions;

	private final Harvests harvests;

	private final ActionPlanAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Plans(ActionPlanRepository plans, PlanVersionRepository versions, ActionRepository actions, Harvests harvests,
			ActionPlanAccess access, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.versions = versions;
		this.actions = actions;
		this.harvests = harvests;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	record VersionRow(long id, int number, VersionStatus status, Instant submittedAt, Instant adoptedAt) {
	}

	/**
	 * The plan being written; {@code late}: the actions past their deadline and not
	 * finished.
	 */
	record Overview(TrajectoryRef trajectory, ActionPlan plan, Map<String, List<VersionAction>> concept, Set<Long> late,
			List<VersionRow> versions) {

		public boolean hasVersions() {
			return !this.versions.isEmpty();
		}

	}

	/** The plan as it is being written, with its versions. */
	Overview overview(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		ActionPlan plan = this.plans.findById(trajectoryId).orElse(null);
		List<VersionRow> rows = this.versions.findByTrajectoryIdOrderByNumberDesc(trajectoryId)
			.stream()
			.map((v) -> new VersionRow(v.getId(), v.getNumber(), v.getStatus(), v.getSubmittedAt(), v.getAdoptedAt()))
			.toList();
		List<VersionAction> concept = concept(trajectoryId);
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> late = concept.stream()
			.filter((action) -> action.isOverdue(today))
			.map(VersionAction::getActionId)
			.collect(Collectors.toSet());
		return new Overview(trajectory, plan, VersionAction.byTopic(concept), late, rows);
	}

	/** The trajectory's actions now, as a version would hold them. */
	private List<VersionAction> concept(long trajectoryId) {
		Map<Long, String> topicNames = new HashMap<>();
		this.harvests.topicsAvailableTo(trajectoryId).forEach((topic) -> topicNames.put(topic.id(), topic.name()));
		List<VersionAction> all = new ArrayList<>();
		for (ImprovementAction action : this.actions.findByTrajectory(trajectoryId)) {
			all.add(new VersionAction(action, topicNames.getOrDefault(action.getTopicId(), "")));
		}
		all.sort(Comparator.comparing(VersionAction::getTopicName).thenComparing(VersionAction::getTitle));
		return all;
	}

	PlanForm form(long trajectoryId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		PlanForm form = new PlanForm();
		this.plans.findById(trajectoryId).ifPresent((plan) -> {
			form.setIntroduction(plan.getIntroduction());
			form.setPublicPage(plan.isPublicPage());
			form.setVersion(plan.getVersion());
		});
		return form;
	}

	/**
	 * Saves the introduction and the choice of a public page. The plan row is locked
	 * (made first if absent), so that two first saves at once never both insert it; a
	 * save from a page that is out of date is refused unless it holds what the plan holds
	 * already (the same text sent from two tabs), which changes nothing (decision 28).
	 */
	@Transactional
	public void describe(long trajectoryId, PlanForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		ActionPlan plan = this.plans.lockOrCreate(trajectoryId, Instant.now(this.clock), user.id());
		if (plan.getVersion() != form.getVersion()) {
			if (plan.holds(form.getIntroduction(), form.isPublicPage())) {
				return;
			}
			throw new ObjectOptimisticLockingFailureException(ActionPlan.class, trajectoryId);
		}
		plan.describe(form.getIntroduction(), form.isPublicPage());
		this.plans.flush();
	}

	/**
	 * Freezes the plan as it is now into a new version and sends it to the region's
	 * policymakers; an earlier version under review is replaced. Returns the new
	 * version's id; empty if the plan is the same as the latest version (under review or
	 * adopted), when nothing is made and nobody is mailed. The plan row is locked first,
	 * so two requests at once make one version.
	 */
	@Transactional
	public OptionalLong submitForReview(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.editable(trajectoryId, user);
		List<VersionAction> concept = concept(trajectoryId);
		if (concept.isEmpty()) {
			throw new RuleException("plan.rule.noActions");
		}
		Instant now = Instant.now(this.clock);
		ActionPlan plan = this.plans.lockOrCreate(trajectoryId, now, user.id());
		List<PlanVersion> earlier = this.versions.findByTrajectoryIdOrderByNumberDesc(trajectoryId);
		if (!earlier.isEmpty() && earlier.get(0).getStatus() != VersionStatus.SUPERSEDED
				&& earlier.get(0).sameAs(plan.getIntroduction(), concept)) {
			// A double click, or sending again with nothing changed: no new version, no
			// mail.
			return OptionalLong.empty();
		}
		// A version still under review is replaced; an adopted one stays until the
		// new one is adopted.
		for (PlanVersion version : earlier) {
			if (version.getStatus() == VersionStatus.IN_REVIEW) {
				version.replace();
			}
		}
		this.versions.flush();
		Integer last = this.versions.findLastNumber(trajectoryId);
		int number = (last != null) ? last + 1 : 1;
		PlanVersion version = this.versions
			.saveAndFlush(new PlanVersion(trajectoryId, number, plan.getIntroduction(), concept, now, user.id()));
		this.events.publishEvent(new PlanSubmittedForReview(trajectoryId, number));
		return OptionalLong.of(version.getId());
	}

}
