package nl.nvp.goedegesprek.actionplan;

import java.util.List;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.plan.PlanReviews;
import nl.nvp.goedegesprek.actionplan.plan.Verdict;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryAttention.Point;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.trajectory.TrajectoryHome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the action plan puts on the start page (issue 15, "A home that works for each
 * role"), per role: the coordinators who run a trajectory see one line about the version
 * with the policymakers, however many gave their verdict or how many versions there were,
 * and its late actions; a policymaker of the region the version that waits for their
 * verdict and how the actions progress; a regional coordinator of the region who does not
 * run the trajectory sees none of it.
 */
@IntegrationTest
class ActionPlanAttentionTest {

	private static final String REGION = "JZ38";

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private PlanReviews reviews;

	@Autowired
	private TrajectoryHome home;

	@Test
	void aPlanWithThePolicymakersIsOnePointPerTrajectoryWhateverTheVerdictsAndVersions() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, REGION);
		AccountPrincipal first = this.accounts.create(Role.POLICYMAKER, REGION);
		AccountPrincipal second = this.accounts.create(Role.POLICYMAKER, REGION);
		AccountPrincipal third = this.accounts.create(Role.POLICYMAKER, REGION);
		long trajectory = this.trajectories.createRunning(REGION, "Oordelen " + REGION, coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Positie van ouders").get(0);
		this.actionPlan.action(trajectory, coordinator, topic, "Eerste actie", TestClock.today().plusMonths(3));
		long version = this.actionPlan.submitPlan(trajectory, coordinator);
		this.reviews.verdict(trajectory, version, Verdict.ENDORSED, null, first);
		this.reviews.verdict(trajectory, version, Verdict.CHANGES_REQUESTED, "Graag concreter.", second);
		// Changed afterwards: the same policymaker's second verdict counts once.
		this.reviews.verdict(trajectory, version, Verdict.ENDORSED, null, second);

		assertThat(planPoints(coordinator, trajectory)).singleElement().satisfies((point) -> {
			assertThat(point.message()).isEqualTo("plan.attention.verdicts");
			assertThat(point.arguments()).containsExactly(1, 2L);
		});
		assertThat(planPoints(first, trajectory)).as("a policymaker who gave their verdict").isEmpty();
		assertThat(planPoints(third, trajectory)).singleElement()
			.satisfies((point) -> assertThat(point.message()).isEqualTo("plan.attention.waitsForYou"));

		// A new version: still one point, about that version.
		this.actionPlan.action(trajectory, coordinator, topic, "Tweede actie", TestClock.today().plusMonths(4));
		long next = this.actionPlan.submitPlan(trajectory, coordinator);
		assertThat(next).isNotEqualTo(version);
		this.reviews.verdict(trajectory, next, Verdict.ENDORSED, null, third);
		assertThat(planPoints(coordinator, trajectory)).singleElement().satisfies((point) -> {
			assertThat(point.arguments()).containsExactly(2, 1L);
			assertThat(point.link()).endsWith("/actieplan/versies/" + next);
		});
		assertThat(planPoints(first, trajectory)).singleElement()
			.satisfies((point) -> assertThat(point.arguments()).containsExactly(2));
	}

	@Test
	void actionsShowToTheirCoordinatorsAndTheRegionsPolicymakersNotToOtherCoordinatorsOfTheRegion() {
		AccountPrincipal runs = this.accounts.create(Role.REGIONAL_COORDINATOR, REGION);
		AccountPrincipal other = this.accounts.create(Role.REGIONAL_COORDINATOR, REGION);
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, REGION);
		long trajectory = this.trajectories.createRunning(REGION, "Acties " + REGION, runs.id());
		long topic = this.harvest.choose(trajectory, runs, "Positie van ouders").get(0);
		this.actionPlan.action(trajectory, runs, topic, "Te laat", TestClock.today().minusDays(2));
		this.actionPlan.action(trajectory, runs, topic, "Bijna", TestClock.today().plusDays(3));

		assertThat(actionPoints(runs, trajectory)).extracting(Point::message)
			.containsExactly("action.attention.late", "action.attention.soon");
		assertThat(actionPoints(policymaker, trajectory)).singleElement().satisfies((point) -> {
			assertThat(point.message()).isEqualTo("action.attention.progress");
			assertThat(point.arguments()).containsExactly(0L, 1L, 1L);
		});
		assertThat(this.home.of(other).trajectories()).as("the other coordinator sees the trajectory of their region")
			.anySatisfy((row) -> assertThat(row.id()).isEqualTo(trajectory));
		assertThat(actionPoints(other, trajectory)).as("but nothing of its actions").isEmpty();

		// Their own trajectory's actions they do see.
		long own = this.trajectories.createRunning(REGION, "Eigen acties " + REGION, other.id());
		long ownTopic = this.harvest.choose(own, other, "Positie van ouders").get(0);
		this.actionPlan.action(own, other, ownTopic, "Ook te laat", TestClock.today().minusDays(1));
		assertThat(actionPoints(other, own)).extracting(Point::message).containsExactly("action.attention.late");
		assertThat(actionPoints(other, trajectory)).isEmpty();
	}

	private List<Point> planPoints(AccountPrincipal user, long trajectory) {
		return points(user, trajectory, "plan.attention.");
	}

	private List<Point> actionPoints(AccountPrincipal user, long trajectory) {
		return points(user, trajectory, "action.attention.");
	}

	private List<Point> points(AccountPrincipal user, long trajectory, String prefix) {
		return this.home.of(user)
			.trajectories()
			.stream()
			.filter((row) -> row.id() == trajectory)
			.flatMap((row) -> row.points().stream())
			.filter((point) -> point.message().startsWith(prefix))
			.toList();
	}

}
