package nl.nvp.goedegesprek.actionplan.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.actionplan.national.NationalAction;
import nl.nvp.goedegesprek.actionplan.national.NationalActionRepository;
import nl.nvp.goedegesprek.harvest.Harvests;
import nl.nvp.goedegesprek.harvest.IdeaRef;
import nl.nvp.goedegesprek.harvest.TopicRef;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;
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
public class Actions {

	private final ActionRepository actions;

	private final Harvests harvests;

	private final StatusHistory history;

	private final ActionPlanAccess access;

	private final Clock clock;

	private final NationalActionRepository nationalActions;

	private final TransactionLocks locks;

	Actions(ActionRepository actions, Harvests harvests, StatusHistory history, ActionPlanAccess access, Clock clock,
			NationalActionRepository nationalActions, TransactionLocks locks) {
		this.locks = locks;
		this.actions = actions;
		this.harvests = harvests;
		this.history = history;
		this.access = access;
		this.clock = clock;
		this.nationalActions = nationalActions;
	}

	record Row(ImprovementAction action, boolean overdue, LocalDate lastProgress) {
	}

	record TopicActions(TopicRef topic, List<Row> rows) {
	}

	record Overview(TrajectoryRef trajectory, List<TopicActions> topics, long overdue,
			List<StatusHistory.Month> months) {

		public int largestMonth() {
			return Math.max(1, this.months.stream().mapToInt(StatusHistory.Month::total).max().orElse(1));
		}

		public ActionStatus[] statuses() {
			return ActionStatus.values();
		}

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
		for (TopicRef topic : this.harvests.topicsAvailableTo(trajectoryId)) {
			List<Row> rows = byTopic.remove(topic.id());
			if (rows != null) {
				groups.add(new TopicActions(topic, rows));
			}
		}
		return new Overview(trajectory, groups, overdue, this.history.months(trajectoryId, today));
	}

	record FormData(TrajectoryRef trajectory, List<TopicRef> topics, List<IdeaRef> ideas) {
	}

	FormData formData(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.editable(trajectoryId, user);
		return new FormData(trajectory, this.harvests.chosenTopics(trajectoryId), this.harvests.ideasOf(trajectoryId));
	}

	/** The topic must be chosen by the trajectory, the ideas its own. */
	void check(long trajectoryId, ActionForm form, Errors errors) {
		form.check(errors);
		if (form.getTopicId() != null && this.harvests.chosenTopics(trajectoryId)
			.stream()
			.noneMatch((topic) -> topic.id() == form.getTopicId())) {
			errors.rejectValue("topicId", "ActionForm.topicId.unknown");
		}
		Set<Long> ideas = new HashSet<>();
		this.harvests.ideasOf(trajectoryId).forEach((idea) -> ideas.add(idea.id()));
		if (!ideas.containsAll(form.getIdeaIds())) {
			errors.rejectValue("ideaIds", "ActionForm.ideaIds.unknown");
		}
	}

	/**
	 * Makes an action; refused ({@code ActionForm.title.exists}) when the topic already
	 * has one with this title: the same form sent from two tabs makes one (decision 28).
	 */
	@Transactional
	public long create(long trajectoryId, ActionForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		this.locks.lock("action-title", trajectoryId);
		if (this.actions.existsWithTitle(trajectoryId, form.getTopicId(), form.getTitle())) {
			throw new RuleException("ActionForm.title.exists");
		}
		ImprovementAction action = new ImprovementAction(trajectoryId);
		action.describe(form);
		long id = this.actions.saveAndFlush(action).getId();
		this.actions.recordStatus(id, action.getStatus().name(), LocalDate.now(this.clock));
		return id;
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
		ActionStatus before = action.getStatus();
		action.describe(form);
		this.actions.flush();
		if (action.getStatus() != before) {
			this.actions.recordStatus(actionId, action.getStatus().name(), LocalDate.now(this.clock));
		}
	}

	record Details(TrajectoryRef trajectory, ImprovementAction action, TopicRef topic, List<IdeaRef> ideas,
			boolean overdue, NationalAction national) {
	}

	Details details(long trajectoryId, long actionId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		ImprovementAction action = action(trajectoryId, actionId);
		TopicRef topic = this.harvests.topic(action.getTopicId()).orElseThrow(NotFoundException::new);
		List<IdeaRef> ideas = this.harvests.ideas(action.getIdeaIds());
		NationalAction national = (action.getNationalActionId() != null)
				? this.nationalActions.findWithProgress(action.getNationalActionId()).orElse(null) : null;
		return new Details(trajectory, action, topic, ideas, action.isOverdue(LocalDate.now(this.clock)), national);
	}

	/**
	 * Adds a progress report, once: the action is locked, and the same report twice (a
	 * double submit) is saved once.
	 */
	@Transactional
	public void report(long trajectoryId, long actionId, ProgressForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		this.actions.lock(actionId)
			.filter((action) -> action.getTrajectoryId() == trajectoryId)
			.orElseThrow(NotFoundException::new)
			.report(form.getReportedOn(), form.getText(), form.getEvidenceUrl());
	}

	private ImprovementAction action(long trajectoryId, long actionId) {
		return this.actions.findInTrajectory(actionId, trajectoryId).orElseThrow(NotFoundException::new);
	}

}
