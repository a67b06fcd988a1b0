package nl.nvp.goedegesprek.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.plan.PlanReviews;
import nl.nvp.goedegesprek.actionplan.plan.Verdict;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topic, harvest and action pages cost the same number of statements with little or much
 * in them.
 */
@IntegrationTest
class ActionPlanStatementCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private PlanReviews reviews;

	@Test
	void pagesCostTheSameWithLittleOrMuch() throws InterruptedException {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ16");
		long little = this.trajectories.createRunning("JZ16", "Weinig", coordinator.id());
		long much = this.trajectories.createRunning("JZ16", "Veel", coordinator.id());
		long topic = this.harvest.choose(little, coordinator, "Transparantie").get(0);
		long idea = this.harvest.harvest(little, coordinator, topic, HarvestKind.IDEA, "Idee");
		long action = this.actionPlan.action(little, coordinator, topic, "Actie", TestClock.today(), idea);
		this.actionPlan.report(little, coordinator, action, TestClock.today(), "Gedaan");

		List<Long> topics = this.harvest.choose(much, coordinator, "Transparantie", "Positie van ouders",
				"Gedeeld opvoederschap");
		long muchAction = 0;
		for (long each : topics) {
			List<Long> ideas = new ArrayList<>();
			for (HarvestKind kind : List.of(HarvestKind.GOES_WELL, HarvestKind.CAN_BE_BETTER, HarvestKind.IDEA)) {
				for (int i = 0; i < 3; i++) {
					ideas.add(this.harvest.harvest(much, coordinator, each, kind, kind + " " + each + " " + i));
				}
			}
			for (int i = 0; i < 3; i++) {
				muchAction = this.actionPlan.action(much, coordinator, each, "Actie " + i,
						TestClock.today().minusDays(i), ideas.get(6), ideas.get(7), ideas.get(8));
				this.actionPlan.report(much, coordinator, muchAction, TestClock.today(), "Stap " + i);
				this.actionPlan.report(much, coordinator, muchAction, TestClock.today().minusDays(1), "Eerder " + i);
			}
		}
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		for (String page : List.of("/onderwerpen", "/oogst", "/acties")) {
			assertThat(statements.forPage(this.mvc, "/trajecten/" + much + page, coordinator)).as(page)
				.isEqualTo(statements.forPage(this.mvc, "/trajecten/" + little + page, coordinator));
		}
		assertThat(statements.forPage(this.mvc, "/trajecten/" + much + "/acties/" + muchAction, coordinator))
			.isEqualTo(statements.forPage(this.mvc, "/trajecten/" + little + "/acties/" + action, coordinator));

		// The national list costs the same with more actions handed to the NVP.
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long before = statements.forPage(this.mvc, "/landelijke-acties", national);
		long nationalAction = this.actionPlan.nationalAction("Landelijk " + System.nanoTime());
		for (long each : topics) {
			this.actionPlan.nationalScopeAction(much, coordinator, each, "Naar de NVP " + each);
		}
		assertThat(statements.forPage(this.mvc, "/landelijke-acties", national)).isEqualTo(before);
		assertThat(statements.forPage(this.mvc, "/landelijke-acties/" + nationalAction, national)).isPositive();

		// The plan and a version under review, with comments, cost the same too.
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ16");
		long littleVersion = this.actionPlan.submitPlan(little, coordinator);
		long muchVersion = this.actionPlan.submitPlan(much, coordinator);
		this.reviews.comment(little, littleVersion, null, null, "Eén reactie", policymaker);
		for (int i = 0; i < 5; i++) {
			this.reviews.comment(much, muchVersion, null, null, "Reactie " + i, policymaker);
			this.reviews.comment(much, muchVersion, muchAction, null, "Op de actie " + i, policymaker);
		}
		this.reviews.verdict(much, muchVersion, Verdict.ENDORSED, null, policymaker);
		this.reviews.verdict(little, littleVersion, Verdict.ENDORSED, null, policymaker);
		// The invitations go out on threads of their own; their statements must not
		// count.
		this.actionPlan.awaitEvents();
		assertThat(statements.forPage(this.mvc, "/trajecten/" + much + "/actieplan", coordinator))
			.isEqualTo(statements.forPage(this.mvc, "/trajecten/" + little + "/actieplan", coordinator));
		assertThat(
				statements.forPage(this.mvc, "/trajecten/" + much + "/actieplan/versies/" + muchVersion, policymaker))
			.isEqualTo(statements.forPage(this.mvc, "/trajecten/" + little + "/actieplan/versies/" + littleVersion,
					policymaker));
	}

}
