package nl.nvp.goedegesprek.actionplan.plan;

import java.time.LocalDate;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.actionplan.Concurrently;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sending the plan for review is idempotent (a double click or a resend with nothing
 * changed makes no version and no mail), the changelog shows what built up since the
 * version the policymakers last reviewed, and a double submit of a comment, an answer or
 * a verdict saves it once.
 */
@IntegrationTest
class PlanReviewRulesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private PlanVersions versions;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountPrincipal coordinator;

	private AccountPrincipal policymaker;

	private long trajectory;

	private long action;

	@BeforeEach
	void plan() {
		this.coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ29");
		this.policymaker = this.accounts.create(Role.POLICYMAKER, "JZ29");
		this.trajectory = this.trajectories.createRunning("JZ29", "Review", this.coordinator.id());
		long topic = this.harvest.choose(this.trajectory, this.coordinator, "Transparantie").get(0);
		this.action = this.actionPlan.action(this.trajectory, this.coordinator, topic, "Buddy", null);
	}

	@Test
	void aDoubleClickOnSendForReviewMakesOneVersionAndOneMail() throws Exception {
		var statuses = Concurrently.twice(this.mvc,
				() -> post("/trajecten/" + this.trajectory + "/actieplan/ter-review").with(csrf())
					.with(user(this.coordinator)));
		assertThat(statuses).containsOnly(302);
		assertThat(versionCount()).isOne();
		this.mailbox.await(this.policymaker.getUsername(), 1);
		this.actionPlan.awaitEvents();
		assertThat(this.mailbox.to(this.policymaker.getUsername())).hasSize(1);

		// Sending again with nothing changed says so, and makes nothing.
		this.mvc
			.perform(post("/trajecten/" + this.trajectory + "/actieplan/ter-review").with(csrf())
				.with(user(this.coordinator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "plan.nothingChanged"));
		this.actionPlan.awaitEvents();
		assertThat(versionCount()).isOne();
		assertThat(this.mailbox.to(this.policymaker.getUsername())).hasSize(1);

		// A change makes a new version again.
		this.jdbc.update("update improvement_action set title = 'Buddy voor pleegouders' where id = ?", this.action);
		this.actionPlan.submitPlan(this.trajectory, this.coordinator);
		assertThat(versionCount()).isEqualTo(2);
	}

	@Test
	void theChangelogShowsWhatBuiltUpSinceTheReviewedVersion() {
		long first = this.actionPlan.submitPlan(this.trajectory, this.coordinator);
		this.jdbc.update(
				"insert into plan_verdict (version_id, account_id, verdict, given_at) values (?, ?, 'CHANGES_REQUESTED', now())",
				first, this.policymaker.id());
		this.jdbc.update("update improvement_action set title = 'Buddy voor pleegouders' where id = ?", this.action);
		this.actionPlan.submitPlan(this.trajectory, this.coordinator);
		this.jdbc.update("update improvement_action set deadline = ? where id = ?", LocalDate.of(2027, 6, 1),
				this.action);
		long third = this.actionPlan.submitPlan(this.trajectory, this.coordinator);

		PlanVersions.VersionView view = this.versions.view(this.trajectory, third, this.coordinator);
		assertThat(view.previousNumber()).isEqualTo(1);
		assertThat(view.changes()).singleElement()
			.satisfies((change) -> assertThat(change.fields()).containsExactlyInAnyOrder("action.title",
					"action.deadline"));
	}

	@Test
	void theChangelogComparesWithTheLastVersionCommentedOnOrAdopted() {
		this.actionPlan.submitPlan(this.trajectory, this.coordinator);
		this.jdbc.update("update improvement_action set title = 'Buddy voor pleegouders' where id = ?", this.action);
		long second = this.actionPlan.submitPlan(this.trajectory, this.coordinator);
		// A policymaker commented on the second version: it is what they saw.
		this.jdbc.update(
				"insert into plan_comment (version_id, author_id, text, created_at) values (?, ?, 'Wie betaalt dit?', now())",
				second, this.policymaker.id());
		this.jdbc.update("update improvement_action set deadline = ? where id = ?", LocalDate.of(2027, 6, 1),
				this.action);
		long third = this.actionPlan.submitPlan(this.trajectory, this.coordinator);

		PlanVersions.VersionView view = this.versions.view(this.trajectory, third, this.coordinator);
		assertThat(view.previousNumber()).isEqualTo(2);
		assertThat(view.changes()).singleElement()
			.satisfies((change) -> assertThat(change.fields()).containsExactly("action.deadline"));

		// An adopted version is a baseline too.
		this.jdbc.update("update plan_version set adopted_at = now() where id = ?", third);
		this.jdbc.update("update improvement_action set title = 'Buddy voor elk pleeggezin' where id = ?", this.action);
		long fourth = this.actionPlan.submitPlan(this.trajectory, this.coordinator);
		PlanVersions.VersionView afterAdoption = this.versions.view(this.trajectory, fourth, this.coordinator);
		assertThat(afterAdoption.previousNumber()).isEqualTo(3);
		assertThat(afterAdoption.changes()).singleElement()
			.satisfies((change) -> assertThat(change.fields()).containsExactly("action.title"));
	}

	@Test
	void withoutAnyReviewTheChangelogComparesWithTheFirstVersion() {
		this.actionPlan.submitPlan(this.trajectory, this.coordinator);
		this.jdbc.update("update improvement_action set title = 'Buddy voor pleegouders' where id = ?", this.action);
		this.actionPlan.submitPlan(this.trajectory, this.coordinator);
		this.jdbc.update("update improvement_action set deadline = ? where id = ?", LocalDate.of(2027, 6, 1),
				this.action);
		long third = this.actionPlan.submitPlan(this.trajectory, this.coordinator);

		PlanVersions.VersionView view = this.versions.view(this.trajectory, third, this.coordinator);
		assertThat(view.previousNumber()).isEqualTo(1);
		assertThat(view.changes()).singleElement()
			.satisfies((change) -> assertThat(change.fields()).containsExactlyInAnyOrder("action.title",
					"action.deadline"));
	}

	@Test
	void aDoubleSubmittedCommentAnswerOrVerdictIsSavedOnce() throws Exception {
		long version = this.actionPlan.submitPlan(this.trajectory, this.coordinator);
		String base = "/trajecten/" + this.trajectory + "/actieplan/versies/" + version;
		assertThat(Concurrently.twice(this.mvc,
				() -> post(base + "/reacties").with(csrf())
					.with(user(this.policymaker))
					.param("actie", Long.toString(this.action))
					.param("tekst", "Wie betaalt dit?")))
			.containsOnly(302);
		assertThat(
				this.jdbc.queryForObject("select count(*) from plan_comment where version_id = ?", Long.class, version))
			.isOne();
		long question = this.jdbc.queryForObject("select id from plan_comment where version_id = ?", Long.class,
				version);
		assertThat(Concurrently.twice(this.mvc,
				() -> post(base + "/reacties").with(csrf())
					.with(user(this.coordinator))
					.param("antwoordOp", Long.toString(question))
					.param("tekst", "De gemeente.")))
			.containsOnly(302);
		assertThat(
				this.jdbc.queryForObject("select count(*) from plan_comment where reply_to = ?", Long.class, question))
			.isOne();
		assertThat(Concurrently.twice(this.mvc,
				() -> post(base + "/oordeel").with(csrf())
					.with(user(this.policymaker))
					.param("oordeel", "onderschrijven")))
			.containsOnly(302);
		assertThat(
				this.jdbc.queryForObject("select count(*) from plan_verdict where version_id = ?", Long.class, version))
			.isOne();
		this.mvc.perform(get(base).with(user(this.coordinator))).andExpect(status().isOk());
	}

	private long versionCount() {
		return this.jdbc.queryForObject("select count(*) from plan_version where trajectory_id = ?", Long.class,
				this.trajectory);
	}

}
