package nl.nvp.goedegesprek.actionplan.national;

import java.time.LocalDate;
import java.time.ZoneId;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.actionplan.Concurrently;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A national action's page: its linked actions under a heading that says what they are,
 * no progress dated in the future, and a double submit that links once and reports once.
 */
@IntegrationTest
class NationalActionRulesTest {

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
	private JdbcTemplate jdbc;

	private AccountPrincipal national;

	private long nationalAction;

	private String page;

	@BeforeEach
	void nationalAction() {
		this.national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		this.nationalAction = this.actionPlan.nationalAction("Startwijzer " + System.nanoTime());
		this.page = "/landelijke-acties/" + this.nationalAction;
	}

	@Test
	void theHeadingAboveTheLinkedActionsIsNoSuccessMessage() throws Exception {
		this.mvc.perform(get(this.page).with(user(this.national)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("De actie is gekoppeld."))))
			.andExpect(content().string(containsString("Gekoppelde acties uit de regio")));
	}

	@Test
	void progressCannotBeDatedInTheFuture() throws Exception {
		this.mvc
			.perform(post(this.page + "/voortgang").with(csrf())
				.with(user(this.national))
				.param("reportedOn", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString())
				.param("text", "Later")
				.param("status", "IN_PROGRESS"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("progress", "reportedOn", "Future.progress"));
		assertThat(progressCount()).isZero();
	}

	@Test
	void aDoubleSubmitLinksOnceAndReportsOnce() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ30");
		long trajectory = this.trajectories.createRunning("JZ30", "Landelijk", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		long action = this.actionPlan.nationalScopeAction(trajectory, coordinator, topic, "Startwijzer");
		assertThat(Concurrently.twice(this.mvc,
				() -> post(this.page + "/koppelen").with(csrf())
					.with(user(this.national))
					.param("actie", Long.toString(action))))
			.containsOnly(302);
		assertThat(this.jdbc.queryForObject("select national_action_id from improvement_action where id = ?",
				Long.class, action))
			.isEqualTo(this.nationalAction);
		assertThat(Concurrently.twice(this.mvc,
				() -> post(this.page + "/voortgang").with(csrf())
					.with(user(this.national))
					.param("reportedOn", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString())
					.param("text", "Twee keer geklikt")
					.param("status", "IN_PROGRESS")))
			.containsOnly(302);
		assertThat(progressCount()).isOne();
	}

	private long progressCount() {
		return this.jdbc.queryForObject("select count(*) from national_action_progress where national_action_id = ?",
				Long.class, this.nationalAction);
	}

}
