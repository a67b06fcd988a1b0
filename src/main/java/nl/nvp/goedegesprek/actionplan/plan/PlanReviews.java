package nl.nvp.goedegesprek.actionplan.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.action.ActionPlanAccess;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a version of the plan: the region's policymakers comment on the plan and
 * per action and give their verdict (endorse, or ask for changes); the coordinators
 * answer the comments. Comments and verdicts stay: they are the plan's history.
 */
@Service
@Transactional(readOnly = true)
public class PlanReviews {

	private final PlanVersionRepository versions;

	private final PlanCommentRepository comments;

	private final ActionPlanRepository plans;

	private final ActionPlanAccess access;

	private final Accounts accounts;

	private final Clock clock;

	PlanReviews(PlanVersionRepository versions, PlanCommentRepository comments, ActionPlanRepository plans,
			ActionPlanAccess access, Accounts accounts, Clock clock) {
		this.versions = versions;
		this.comments = comments;
		this.plans = plans;
		this.access = access;
		this.accounts = accounts;
		this.clock = clock;
	}

	record Comment(PlanComment comment, String author, List<PlanComment> replies) {
	}

	record GivenVerdict(String name, Verdict verdict, String note, Instant givenAt) {
	}

	/** The comments on a version (on the plan and per action) and its verdicts. */
	record Review(List<Comment> planComments, Map<Long, List<Comment>> actionComments, List<GivenVerdict> verdicts,
			Map<Long, String> names) {
	}

	/** The review of this version, with the names of who took part. */
	Review of(long versionId) {
		List<PlanComment> all = this.comments.findByVersionIdOrderByCreatedAtAscIdAsc(versionId);
		List<PlanVersionRepository.VerdictRow> verdicts = this.versions.findVerdicts(versionId);
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
		List<GivenVerdict> given = verdicts.stream()
			.map((v) -> new GivenVerdict(names.get(v.getAccountId()), Verdict.valueOf(v.getVerdict()), v.getNote(),
					v.getGivenAt()))
			.toList();
		return new Review(onPlan, onActions, given, names);
	}

	/** Policymakers of the trajectory's region review; they read, they do not edit. */
	static boolean isReviewer(TrajectoryRef trajectory, AccountPrincipal user) {
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
	public void comment(long trajectoryId, long versionId, Long actionId, Long replyTo, String text,
			AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		// One at a time per plan (and after a version being sent or adopted), so that the
		// same comment sent twice (a double submit) is saved once.
		this.plans.lock(trajectoryId);
		PlanVersion version = version(trajectoryId, versionId);
		boolean known = (replyTo != null)
				? this.comments.existsByVersionIdAndReplyToAndAuthorIdAndText(versionId, replyTo, user.id(), text)
				: this.comments.existsByVersionIdAndActionIdAndReplyToIsNullAndAuthorIdAndText(versionId, actionId,
						user.id(), text);
		if (known) {
			return;
		}
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
	public void verdict(long trajectoryId, long versionId, Verdict verdict, String note, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		if (!isReviewer(trajectory, user)) {
			throw new AccessDeniedException("Policymakers of the region give their verdict");
		}
		if (!version(trajectoryId, versionId).isUnderReview()) {
			throw new RuleException("plan.rule.notUnderReview");
		}
		this.versions.giveVerdict(versionId, user.id(), verdict.name(), note, Instant.now(this.clock));
	}

	private PlanVersion version(long trajectoryId, long versionId) {
		return this.versions.findByIdAndTrajectoryId(versionId, trajectoryId).orElseThrow(NotFoundException::new);
	}

}
