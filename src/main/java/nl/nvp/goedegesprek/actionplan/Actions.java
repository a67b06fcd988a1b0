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

	private final NationalActionRepository nationalActions;

	Actions(ActionRepository actions, TopicRepository topics, HarvestRepository harvest, ActionPlanAccess access,
			Clock clock, NationalActionRepository nationalActions) {
		this.nationalActions = nationalActions;
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

	/** How many actions had each status at the end of a month. */
	record Month(java.time.YearMonth month, Map<ActionStatus, Integer> counts) {

		public int count(ActionStatus status) {
			return this.counts.getOrDefault(status, 0);
		}

		public int total() {
			return this.counts.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** The bar's parts, bottom up, for a chart whose tallest bar is 120 high. */
		public List<Segment> segments(int largest) {
			List<Segment> segments = new ArrayList<>();
			int bottom = 140;
			for (ActionStatus status : ActionStatus.values()) {
				int count = count(status);
				if (count > 0) {
					int height = Math.max(1, count * 120 / largest);
					bottom -= height;
					segments.add(new Segment(status, bottom, height, count));
				}
			}
			return segments;
		}

	}

	record Segment(ActionStatus status, int y, int height, int count) {

	}

	record Overview(TrajectoryRef trajectory, List<TopicActions> topics, long overdue, List<Month> months) {

		public int largestMonth() {
			return Math.max(1, this.months.stream().mapToInt(Month::total).max().orElse(1));
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
		for (Topic topic : this.topics.findAvailableTo(trajectoryId)) {
			List<Row> rows = byTopic.remove(topic.getId());
			if (rows != null) {
				groups.add(new TopicActions(topic, rows));
			}
		}
		return new Overview(trajectory, groups, overdue, months(trajectoryId, today));
	}

	/** The follow-up in short, for the trajectory page (its caller checked access). */
	java.util.Optional<nl.nvp.goedegesprek.trajectory.TrajectoryFollowUp.Progress> progress(long trajectoryId) {
		LocalDate today = LocalDate.now(this.clock);
		List<ImprovementAction> all = this.actions.findByTrajectory(trajectoryId);
		if (all.isEmpty()) {
			return java.util.Optional.empty();
		}
		long done = all.stream().filter((action) -> action.getStatus() == ActionStatus.AFGEROND).count();
		long overdue = all.stream().filter((action) -> action.isOverdue(today)).count();
		List<nl.nvp.goedegesprek.trajectory.TrajectoryFollowUp.Month> months = months(trajectoryId, today).stream()
			.map((month) -> new nl.nvp.goedegesprek.trajectory.TrajectoryFollowUp.Month(month.month(),
					month.count(ActionStatus.AFGEROND), month.total()))
			.toList();
		return java.util.Optional
			.of(new nl.nvp.goedegesprek.trajectory.TrajectoryFollowUp.Progress(all.size(), done, overdue, months));
	}

	/** The statuses of the actions at the end of each of the last (at most 12) months. */
	private List<Month> months(long trajectoryId, LocalDate today) {
		List<ActionRepository.StatusChange> changes = this.actions.findStatusChanges(trajectoryId);
		if (changes.isEmpty()) {
			return List.of();
		}
		java.time.YearMonth last = java.time.YearMonth.from(today);
		java.time.YearMonth first = java.time.YearMonth.from(changes.get(0).getChangedOn());
		if (first.isBefore(last.minusMonths(11))) {
			first = last.minusMonths(11);
		}
		List<Month> months = new ArrayList<>();
		for (java.time.YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			LocalDate end = month.atEndOfMonth();
			Map<Long, ActionStatus> state = new HashMap<>();
			for (ActionRepository.StatusChange change : changes) {
				if (!change.getChangedOn().isAfter(end)) {
					state.put(change.getActionId(), ActionStatus.valueOf(change.getStatus()));
				}
			}
			Map<ActionStatus, Integer> counts = new java.util.EnumMap<>(ActionStatus.class);
			state.values().forEach((status) -> counts.merge(status, 1, Integer::sum));
			months.add(new Month(month, counts));
		}
		return months;
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

	record Details(TrajectoryRef trajectory, ImprovementAction action, Topic topic, List<HarvestItem> ideas,
			boolean overdue, NationalAction national) {
	}

	Details details(long trajectoryId, long actionId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		ImprovementAction action = action(trajectoryId, actionId);
		Topic topic = this.topics.findById(action.getTopicId()).orElseThrow(NotFoundException::new);
		List<HarvestItem> ideas = action.getIdeaIds().isEmpty() ? List.of()
				: this.harvest.findByIdIn(action.getIdeaIds());
		NationalAction national = (action.getNationalActionId() != null)
				? this.nationalActions.findWithProgress(action.getNationalActionId()).orElse(null) : null;
		return new Details(trajectory, action, topic, ideas, action.isOverdue(LocalDate.now(this.clock)), national);
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
