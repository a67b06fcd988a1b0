package nl.nvp.goedegesprek.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan of a trajectory: written by its coordinators, sent in numbered versions
 * to the region's policymakers, who comment per action and on the plan and endorse it or
 * ask for changes; the coordinators answer and adopt a version. Everything stays in the
 * history.
 */
@Service
@Transactional(readOnly = true)
class Plans {

	private final ActionPlanRepository plans;

	private final PlanVersionRepository versions;

	private final PlanCommentRepository comments;

	private final ActionRepository actions;

	private final TopicRepository topics;

	private final ActionPlanAccess access;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Plans(ActionPlanRepository plans, PlanVersionRepository versions, PlanCommentRepository comments,
			ActionRepository actions, TopicRepository topics, ActionPlanAccess access, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.versions = versions;
		this.comments = comments;
		this.actions = actions;
		this.topics = topics;
		this.access = access;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	record VersionRow(long id, int number, VersionStatus status, Instant submittedAt, Instant adoptedAt) {
	}

	record Overview(TrajectoryRef trajectory, ActionPlan plan, Map<String, List<VersionAction>> concept,
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
		return new Overview(trajectory, plan, byTopic(concept(trajectoryId)), rows);
	}

	/** The trajectory's actions now, as a version would hold them. */
	private List<VersionAction> concept(long trajectoryId) {
		Map<Long, String> topicNames = new HashMap<>();
		this.topics.findAvailableTo(trajectoryId).forEach((topic) -> topicNames.put(topic.getId(), topic.getName()));
		List<VersionAction> all = new ArrayList<>();
		for (ImprovementAction action : this.actions.findByTrajectory(trajectoryId)) {
			all.add(new VersionAction(action, topicNames.getOrDefault(action.getTopicId(), "")));
		}
		all.sort(java.util.Comparator.comparing(VersionAction::getTopicName).thenComparing(VersionAction::getTitle));
		return all;
	}

	static Map<String, List<VersionAction>> byTopic(List<VersionAction> actions) {
		Map<String, List<VersionAction>> grouped = new LinkedHashMap<>();
		actions.forEach(
				(action) -> grouped.computeIfAbsent(action.getTopicName(), (name) -> new ArrayList<>()).add(action));
		return grouped;
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

	@Transactional
	void describe(long trajectoryId, PlanForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		ActionPlan plan = this.plans.findById(trajectoryId).orElseGet(() -> new ActionPlan(trajectoryId));
		if (plan.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(ActionPlan.class, trajectoryId);
		}
		plan.describe(form.getIntroduction(), form.isPublicPage());
		this.plans.saveAndFlush(plan);
	}

	/**
	 * Freezes the plan as it is now into a new version and sends it to the region's
	 * policymakers; an earlier version under review or adopted is replaced.
	 */
	@Transactional
	int submitForReview(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.editable(trajectoryId, user);
		List<VersionAction> concept = concept(trajectoryId);
		if (concept.isEmpty()) {
			throw new RuleException("plan.rule.noActions");
		}
		ActionPlan plan = locked(trajectoryId);
		// A version still under review is replaced; an adopted one stays until the new
		// one
		// is adopted.
		for (PlanVersion earlier : this.versions.findByTrajectoryIdOrderByNumberDesc(trajectoryId)) {
			if (earlier.getStatus() == VersionStatus.TER_REVIEW) {
				earlier.replace();
			}
		}
		this.versions.flush();
		Integer last = this.versions.findLastNumber(trajectoryId);
		int number = (last != null) ? last + 1 : 1;
		this.versions.saveAndFlush(new PlanVersion(trajectoryId, number, plan.getIntroduction(), concept,
				Instant.now(this.clock), user.id()));
		this.events.publishEvent(new PlanSubmittedForReview(trajectoryId, trajectory.title(), number,
				this.accounts.policymakersOf(trajectory.regionCode())));
		return number;
	}

	@Transactional
	void adopt(long trajectoryId, long versionId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		locked(trajectoryId);
		PlanVersion version = version(trajectoryId, versionId);
		if (!version.isUnderReview()) {
			throw new RuleException("plan.rule.notUnderReview");
		}
		this.versions.findAdopted(trajectoryId).ifPresent(PlanVersion::replace);
		this.versions.flush();
		version.adopt(Instant.now(this.clock), user.id());
		this.versions.flush();
	}

	/** The plan row, locked (made first if the trajectory has none yet). */
	private ActionPlan locked(long trajectoryId) {
		return this.plans.lock(trajectoryId).orElseGet(() -> {
			this.plans.saveAndFlush(new ActionPlan(trajectoryId));
			return this.plans.lock(trajectoryId).orElseThrow();
		});
	}

	record Comment(PlanComment comment, String author, List<PlanComment> replies) {
	}

	record Verdict(String name, String verdict, String note, Instant givenAt) {
	}

	record Change(VersionAction action, String kind, List<String> fields) {
	}

	record VersionView(TrajectoryRef trajectory, PlanVersion version, Map<String, List<VersionAction>> actions,
			List<Comment> planComments, Map<Long, List<Comment>> actionComments, List<Verdict> verdicts,
			List<Change> changes, Integer previousNumber, boolean reviewer, Map<Long, String> replyAuthors) {

		public List<Comment> commentsOn(long actionId) {
			return this.actionComments.getOrDefault(actionId, List.of());
		}

	}

	/** A version with its comments, verdicts and the changes since the version before. */
	VersionView version(long trajectoryId, long versionId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		PlanVersion version = version(trajectoryId, versionId);
		List<PlanComment> all = this.comments.findByVersionIdOrderByCreatedAtAscIdAsc(versionId);
		List<PlanVersionRepository.Verdict> verdicts = this.versions.findVerdicts(versionId);
		Set<Long> people = new HashSet<>();
		all.forEach((comment) -> people.add(comment.getAuthorId()));
		verdicts.forEach((verdict) -> people.add(verdict.getAccountId()));
		Map<Long, String> names = this.accounts.displayNames(people);
		Map<Long, List<PlanComment>> replies = new HashMap<>();
		all.stream()
			.filter((comment) -> comment.getReplyTo() != null)
			.forEach((reply) -> replies.computeIfAbsent(reply.getReplyTo(), (id) -> new ArrayList<>()).add(reply));
		List<Comment> onPlan = new ArrayList<>();
		Map<Long, List<Comment>> onActions = new HashMap<>();
		for (PlanComment comment : all) {
			if (comment.getReplyTo() != null) {
				continue;
			}
			Comment view = new Comment(comment, names.get(comment.getAuthorId()),
					replies.getOrDefault(comment.getId(), List.of()));
			if (comment.getActionId() == null) {
				onPlan.add(view);
			}
			else {
				onActions.computeIfAbsent(comment.getActionId(), (id) -> new ArrayList<>()).add(view);
			}
		}
		List<Verdict> verdictViews = verdicts.stream()
			.map((v) -> new Verdict(names.get(v.getAccountId()), v.getVerdict(), v.getNote(), v.getGivenAt()))
			.toList();
		List<Change> changes = new ArrayList<>();
		Integer previous = null;
		if (version.getNumber() > 1) {
			PlanVersion before = this.versions.findByNumber(trajectoryId, version.getNumber() - 1).orElse(null);
			if (before != null) {
				previous = before.getNumber();
				changes = changes(before.getActions(), version.getActions());
			}
		}
		return new VersionView(trajectory, version, byTopic(version.getActions()), onPlan, onActions, verdictViews,
				changes, previous, isReviewer(trajectory, user), names);
	}

	/**
	 * What changed between two versions: actions added, removed, and changed (which
	 * fields).
	 */
	static List<Change> changes(List<VersionAction> before, List<VersionAction> after) {
		Map<Long, VersionAction> earlier = new LinkedHashMap<>();
		before.forEach((action) -> earlier.put(action.getActionId(), action));
		List<Change> changes = new ArrayList<>();
		for (VersionAction action : after) {
			VersionAction old = earlier.remove(action.getActionId());
			if (old == null) {
				changes.add(new Change(action, "added", List.of()));
			}
			else {
				List<String> fields = action.changesSince(old);
				if (!fields.isEmpty()) {
					changes.add(new Change(action, "changed", fields));
				}
			}
		}
		earlier.values().forEach((removed) -> changes.add(new Change(removed, "removed", List.of())));
		return changes;
	}

	/** Policymakers of the trajectory's region review; they read, they do not edit. */
	private static boolean isReviewer(TrajectoryRef trajectory, AccountPrincipal user) {
		return user.role() == Role.POLICYMAKER;
	}

	/**
	 * Whether this person may comment on a version (policymakers of the region) or answer
	 * a comment (its coordinators); refused otherwise.
	 */
	void checkMayComment(long trajectoryId, long versionId, boolean answer, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		version(trajectoryId, versionId);
		if (answer ? !trajectory.editable() : !isReviewer(trajectory, user)) {
			throw new AccessDeniedException("Policymakers of the region comment; coordinators answer");
		}
	}

	/**
	 * A comment by a policymaker of the region (on the plan, or on an action of this
	 * version), or a coordinator's answer to a comment.
	 */
	@Transactional
	void comment(long trajectoryId, long versionId, Long actionId, Long replyTo, String text, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		PlanVersion version = version(trajectoryId, versionId);
		if (replyTo != null) {
			if (!trajectory.editable()) {
				throw new AccessDeniedException("Coordinators answer comments");
			}
			PlanComment question = this.comments.findById(replyTo)
				.filter((comment) -> comment.getVersionId() == versionId && comment.getReplyTo() == null)
				.orElseThrow(NotFoundException::new);
			this.comments.save(new PlanComment(versionId, question.getActionId(), replyTo, user.id(), text,
					Instant.now(this.clock)));
			return;
		}
		if (!isReviewer(trajectory, user)) {
			throw new AccessDeniedException("Policymakers of the region comment");
		}
		if (!version.isUnderReview()) {
			throw new RuleException("plan.rule.notUnderReview");
		}
		if (actionId != null && version.getActions().stream().noneMatch((action) -> action.getActionId() == actionId)) {
			throw new NotFoundException();
		}
		this.comments.save(new PlanComment(versionId, actionId, null, user.id(), text, Instant.now(this.clock)));
	}

	@Transactional
	void verdict(long trajectoryId, long versionId, boolean endorse, String note, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		if (!isReviewer(trajectory, user)) {
			throw new AccessDeniedException("Policymakers of the region give their verdict");
		}
		if (!version(trajectoryId, versionId).isUnderReview()) {
			throw new RuleException("plan.rule.notUnderReview");
		}
		this.versions.giveVerdict(versionId, user.id(), endorse ? "ENDORSED" : "CHANGES_REQUESTED", note,
				Instant.now(this.clock));
	}

	/** The version to print: the adopted one, else the latest. */
	VersionView printable(long trajectoryId, AccountPrincipal user) {
		this.access.visible(trajectoryId, user);
		PlanVersion version = this.versions.findAdopted(trajectoryId)
			.or(() -> this.versions.findByTrajectoryIdOrderByNumberDesc(trajectoryId).stream().findFirst())
			.orElseThrow(NotFoundException::new);
		return version(trajectoryId, version.getId(), user);
	}

	record PublicPlan(String title, PlanVersion version, Map<String, List<VersionAction>> actions) {
	}

	/** The adopted version on the public page, if the coordinators made it public. */
	PublicPlan publicPlan(UUID publicId, java.util.function.LongFunction<String> titleOf) {
		ActionPlan plan = this.plans.findByPublicId(publicId)
			.filter(ActionPlan::isPublicPage)
			.orElseThrow(NotFoundException::new);
		PlanVersion version = this.versions.findAdopted(plan.getTrajectoryId()).orElseThrow(NotFoundException::new);
		return new PublicPlan(titleOf.apply(plan.getTrajectoryId()), version, byTopic(version.getActions()));
	}

	private PlanVersion version(long trajectoryId, long versionId) {
		return this.versions.findByIdAndTrajectoryId(versionId, trajectoryId).orElseThrow(NotFoundException::new);
	}

}
