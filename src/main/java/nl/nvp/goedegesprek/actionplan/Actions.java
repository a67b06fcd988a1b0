package nl.nvp.goedegesprek.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A trajectory's improvement actions: made from the ideas of the dialogue meetings,
 * grouped by topic, followed up with dated progress.
 */
@Service
@Transactional(readOnly = true)
class Actions {

	private final ActionRepository actions;

	private final TopicRepository topics;

	private final HarvestRepository harvest;

	private final ActionPlanAccess access;

	private final Clock clock;

	Actions(ActionRepository actions, TopicRepository topics, HarvestRepository harvest, ActionPlanAccess access,
			Clock clock) {
		this.actions = actions;
		this.topics = topics;
		this.harvest = harvest;
		this.access = access;
		this.clock = clock;
	}

	record Row(ImprovementAction action, boolean overdue, LocalDate lastProgress) {
	}

	record TopicActions(Topic topic, List<Row> rows) {
	}

	record Overview(TrajectoryRef trajectory, List<TopicActions> topics, long overdue) {

		public boolean isEmpty() {
			return this.topics.stream().allMatch((group) -> group.rows().isEmpty());
		}

	}

	/** The actions per topic (a fixed number of statements, however many there are). */
	Overview overview(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, LocalDate> last = new HashMap<>();
		this.actions.findLastProgress(trajectoryId).forEach((row) -> last.put(row.getActionId(), row.getReportedOn()));
		Map<Long, List<Row>> byTopic = new HashMap<>();
		long overdue = 0;
		for (ImprovementAction action : this.actions.findByTrajectory(trajectoryId)) {
			boolean late = action.isOverdue(today);
			overdue += late ? 1 : 0;
			byTopic.computeIfAbsent(action.getTopicId(), (id) -> new ArrayList<>())
				.add(new Row(action, late, last.get(action.getId())));
		}
		List<TopicActions> groups = new ArrayList<>();
		for (Topic topic : this.topics.findAvailableTo(trajectoryId)) {
			List<Row> rows = byTopic.remove(topic.getId());
			if (rows != null) {
				groups.add(new TopicActions(topic, rows));
			}
		}
		return new Overview(trajectory, groups, overdue);
	}

	record FormData(TrajectoryRef trajectory, List<Topic> topics, List<HarvestItem> ideas) {
	}

	FormData formData(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.editable(trajectoryId, user);
		return new FormData(trajectory, this.topics.findChosen(trajectoryId),
				this.harvest.findByTrajectoryIdAndKindOrderByIdAsc(trajectoryId, HarvestKind.IDEA));
	}

	/** The topic must be chosen by the trajectory, the ideas its own. */
	void check(long trajectoryId, ActionForm form, Errors errors) {
		form.check(errors);
		if (form.getTopicId() != null && !this.topics.findChosenIds(trajectoryId).contains(form.getTopicId())) {
			errors.rejectValue("topicId", "ActionForm.topicId.unknown");
		}
		Set<Long> ideas = new HashSet<>();
		this.harvest.findByTrajectoryIdAndKindOrderByIdAsc(trajectoryId, HarvestKind.IDEA)
			.forEach((idea) -> ideas.add(idea.getId()));
		if (!ideas.containsAll(form.getIdeaIds())) {
			errors.rejectValue("ideaIds", "ActionForm.ideaIds.unknown");
		}
	}

	@Transactional
	long create(long trajectoryId, ActionForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		ImprovementAction action = new ImprovementAction(trajectoryId);
		action.describe(form);
		return this.actions.saveAndFlush(action).getId();
	}

	ActionForm editForm(long trajectoryId, long actionId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		return ActionForm.of(action(trajectoryId, actionId));
	}

	@Transactional
	void update(long trajectoryId, long actionId, ActionForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		ImprovementAction action = action(trajectoryId, actionId);
		if (action.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(ImprovementAction.class, actionId);
		}
		action.describe(form);
		this.actions.flush();
	}

	record Details(TrajectoryRef trajectory, ImprovementAction action, Topic topic, List<HarvestItem> ideas,
			boolean overdue) {
	}

	Details details(long trajectoryId, long actionId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		ImprovementAction action = action(trajectoryId, actionId);
		Topic topic = this.topics.findById(action.getTopicId()).orElseThrow(NotFoundException::new);
		List<HarvestItem> ideas = action.getIdeaIds().isEmpty() ? List.of()
				: this.harvest.findByIdIn(action.getIdeaIds());
		return new Details(trajectory, action, topic, ideas, action.isOverdue(LocalDate.now(this.clock)));
	}

	@Transactional
	void report(long trajectoryId, long actionId, ProgressForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		action(trajectoryId, actionId).report(form.getReportedOn(), form.getText(), form.getEvidenceUrl());
	}

	private ImprovementAction action(long trajectoryId, long actionId) {
		return this.actions.findInTrajectory(actionId, trajectoryId).orElseThrow(NotFoundException::new);
	}

}
