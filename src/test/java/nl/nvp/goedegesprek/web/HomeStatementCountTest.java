package nl.nvp.goedegesprek.web;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The start page costs the same number of SQL statements for one trajectory as for many,
 * each with meetings, registrations, a survey with answers and actions (issue 15); and
 * the survey's counts say no more about a small group than its results do.
 */
@IntegrationTest
class HomeStatementCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private long statementsFor(AccountPrincipal user) {
		return new SqlStatements(this.entityManagerFactory).forPage(this.mvc, "/", user);
	}

	@Test
	void theStartPageCostsTheSameWithOneOrManyTrajectories() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ12");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ12");
		busy(coordinator, "Start 0");
		long one = statementsFor(coordinator);
		long onePolicy = statementsFor(policymaker);
		for (int i = 1; i <= 4; i++) {
			busy(coordinator, "Start " + i);
		}
		assertThat(statementsFor(coordinator)).isEqualTo(one);
		assertThat(statementsFor(policymaker)).isEqualTo(onePolicy);
		assertThat(one).as("statistics are on and the page is cheap").isBetween(3L, 20L);

		String page = this.mvc.perform(get("/").with(user(coordinator))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Pleeggezinnen 6", "Kinderen en jongeren minder dan 5")
			.doesNotContain("Kinderen en jongeren 2");
	}

	private void busy(AccountPrincipal coordinator, String title) {
		long trajectory = this.trajectories.createRunning("JZ12", title, coordinator.id());
		long meeting = this.meetings
			.create(trajectory, title + " bijeenkomst", 20, Map.of(ParticipantRole.FOSTER_PARENT, 5),
					TestClock.today().plusWeeks(1))
			.id();
		this.meetings.confirmed(meeting, "Een", ParticipantRole.FOSTER_PARENT);
		this.meetings.pending(meeting, "Twee", ParticipantRole.PARENT);
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		for (int i = 0; i < 6; i++) {
			this.research.answer(survey, Audience.FOSTER_FAMILIES, 3, null);
		}
		for (int i = 0; i < 2; i++) {
			this.research.answer(survey, Audience.CHILDREN, 3, null);
		}
		long topic = this.harvest.choose(trajectory, coordinator, "Positie van ouders").get(0);
		this.actionPlan.action(trajectory, coordinator, topic, "Te laat", TestClock.today().minusDays(1));
		this.actionPlan.action(trajectory, coordinator, topic, "Bijna", TestClock.today().plusDays(5));
	}

}
