package nl.nvp.goedegesprek.actionplan.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.actionplan.action.ActionPlanAccess;
import nl.nvp.goedegesprek.actionplan.action.ActionRepository;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a trajectory's action plan: each with its review and what changed since
 * the version before; adopted by the coordinators, printed, and (if they choose) a public
 * page.
 */
@Service
@Transactional(readOnly = true)
public class PlanVersions {

	private final ActionPlanRepository plans;

	private final PlanVersionRepository versions;

	private final PlanReviews reviews;

	private final ActionPlanAccess access;

	private final ActionRepository actions;

	private final Clock clock;

	PlanVersions(ActionPlanRepository plans, PlanVersionRepository versions, PlanReviews reviews,
			ActionPlanAccess access, ActionRepository actions, Clock clock) {
		this.plans = plans;
		this.actions = actions;
		this.versions = versions;
		this.reviews = reviews;
		this.access = access;
		this.clock = clock;
	}

	record VersionView(TrajectoryRef trajectory, PlanVersion version, Map<String, List<VersionAction>> actions,
			List<PlanReviews.Comment> planComments, Map<Long, List<PlanReviews.Comment>> actionComments,
			List<PlanReviews.GivenVerdict> verdicts, List<Change> changes, Integer previousNumber, boolean reviewer,
			Map<Long, String> replyAuthors) {

		public List<PlanReviews.Comment> commentsOn(long actionId) {
			return this.actionComments.getOrDefault(actionId, List.of());
		}

	}

	/** A version with its comments, verdicts and the changes since the version before. */
	VersionView view(long trajectoryId, long versionId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		PlanVersion version = version(trajectoryId, versionId);
		PlanReviews.Review review = this.reviews.of(versionId);
		List<Change> changes = new ArrayList<>();
		Integer previous = null;
		PlanVersion before = baseline(trajectoryId, version.getNumber()).orElse(null);
		if (before != null) {
			previous = before.getNumber();
			changes = Change.between(before.getActions(), version.getActions());
		}
		return new VersionView(trajectory, version, VersionAction.byTopic(version.getActions()), review.planComments(),
				review.actionComments(), review.verdicts(), changes, previous, PlanReviews.isReviewer(trajectory, user),
				review.names());
	}

	/**
	 * The version a version's changes are shown against: the latest earlier one the
	 * policymakers reviewed (commented on or gave their verdict on) or that was adopted,
	 * so that a change made on a version nobody looked at is still shown; without one,
	 * the first version. Nothing for the first version itself.
	 */
	private Optional<PlanVersion> baseline(long trajectoryId, int number) {
		if (number <= 1) {
			return Optional.empty();
		}
		Integer seen = this.versions.findLastReviewedNumber(trajectoryId, number);
		return this.versions.findByNumber(trajectoryId, (seen != null) ? seen : 1);
	}

	/**
	 * The version under review becomes the plan; the one adopted before is replaced.
	 * Adopting the adopted version again (from a second tab) changes nothing.
	 */
	@Transactional
	public void adopt(long trajectoryId, long versionId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		this.plans.lockOrCreate(trajectoryId, Instant.now(this.clock), user.id());
		PlanVersion version = version(trajectoryId, versionId);
		if (version.getStatus() == VersionStatus.ADOPTED) {
			return;
		}
		if (!version.isUnderReview()) {
			throw new RuleException("plan.rule.notUnderReview");
		}
		this.versions.findAdopted(trajectoryId).ifPresent(PlanVersion::replace);
		this.versions.flush();
		version.adopt(Instant.now(this.clock), user.id());
		this.versions.flush();
	}

	/** The version to print: the adopted one, else the latest. */
	VersionView printable(long trajectoryId, AccountPrincipal user) {
		this.access.visible(trajectoryId, user);
		PlanVersion version = this.versions.findAdopted(trajectoryId)
			.or(() -> this.versions.findByTrajectoryIdOrderByNumberDesc(trajectoryId).stream().findFirst())
			.orElseThrow(NotFoundException::new);
		return view(trajectoryId, version.getId(), user);
	}

	/**
	 * The adopted version as the public sees it; {@code late}: the actions that are past
	 * their deadline and not finished now (not when the plan was adopted).
	 */
	record PublicPlan(String title, PlanVersion version, Map<String, List<VersionAction>> actions, Set<Long> late) {
	}

	/** The adopted version on the public page, if the coordinators made it public. */
	PublicPlan publicPlan(UUID publicId, LongFunction<String> titleOf) {
		ActionPlan plan = this.plans.findByPublicId(publicId)
			.filter(ActionPlan::isPublicPage)
			.orElseThrow(NotFoundException::new);
		PlanVersion version = this.versions.findAdopted(plan.getTrajectoryId()).orElseThrow(NotFoundException::new);
		Set<Long> late = this.actions.findLateIds(plan.getTrajectoryId(), LocalDate.now(this.clock));
		return new PublicPlan(titleOf.apply(plan.getTrajectoryId()), version,
				VersionAction.byTopic(version.getActions()), late);
	}

	private PlanVersion version(long trajectoryId, long versionId) {
		return this.versions.findByIdAndTrajectoryId(versionId, trajectoryId).orElseThrow(NotFoundException::new);
	}

}
