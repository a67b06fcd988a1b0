package nl.nvp.goedegesprek.overview;

import java.net.URI;
import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.overview.RecurringTopics.RegionCell;
import nl.nvp.goedegesprek.overview.RecurringTopics.TopicRow;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recurring topics (issue 16): per topic the regions and years that chose it, with
 * ideas and actions counted right; a topic of two regions is a candidate for a national
 * action, one of one region not; people outside the NVP see and count only their own
 * regions; the page costs as many statements with little data as with much.
 */
@IntegrationTest
class RecurringTopicsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RecurringTopics recurring;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void topicsOfTwoRegionsAreCandidatesWithTheirIdeasActionsAndYears() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ05", "JZ09");
		String shared = "Gedeeld onderwerp " + System.nanoTime();
		String single = "Eenzaam onderwerp " + System.nanoTime();
		long a = this.trajectories.createRunning("JZ05", "Terugkerend A", coordinator.id());
		long c = this.trajectories.createRunning("JZ05", "Terugkerend C", coordinator.id());
		long b = this.trajectories.createRunning("JZ09", "Terugkerend B", coordinator.id());
		starts(a, LocalDate.of(2024, 3, 1));
		starts(c, LocalDate.of(2025, 9, 1));
		starts(b, LocalDate.of(2026, 1, 15));
		long topic = catalogueTopic(a, coordinator, shared);
		long alone = catalogueTopic(b, coordinator, single);
		this.harvest.choose(a, coordinator, shared);
		this.harvest.choose(c, coordinator, shared);
		this.harvest.choose(b, coordinator, shared, single);
		this.harvest.harvest(a, coordinator, topic, HarvestKind.IDEA, "Idee 1");
		this.harvest.harvest(a, coordinator, topic, HarvestKind.IDEA, "Idee 2");
		this.harvest.harvest(a, coordinator, topic, HarvestKind.GOES_WELL, "Gaat goed, geen idee");
		this.harvest.harvest(c, coordinator, topic, HarvestKind.IDEA, "Idee 3");
		this.harvest.harvest(b, coordinator, topic, HarvestKind.IDEA, "Idee 4");
		this.harvest.harvest(b, coordinator, alone, HarvestKind.IDEA, "Idee alleen");
		this.actionPlan.action(a, coordinator, topic, "Actie A", TestClock.today().plusDays(10));
		this.actionPlan.action(b, coordinator, topic, "Actie B1", TestClock.today().plusDays(10));
		long linked = this.actionPlan.nationalScopeAction(b, coordinator, topic, "Actie B2 landelijk");
		long national = this.actionPlan.nationalAction("Landelijk " + shared);
		this.jdbc.update("update improvement_action set national_action_id = ? where id = ?", national, linked);

		RecurringTopics.TopicsPage page = this.recurring.page(this.accounts.create(Role.NATIONAL_COORDINATOR));

		TopicRow sharedRow = row(page, topic);
		assertThat(sharedRow.candidate()).isTrue();
		assertThat(sharedRow.regions()).extracting(RegionCell::code).containsExactlyInAnyOrder("JZ05", "JZ09");
		assertThat(cell(sharedRow, "JZ05").years()).containsExactly(2024, 2025);
		assertThat(cell(sharedRow, "JZ05").ideas()).isEqualTo(3);
		assertThat(cell(sharedRow, "JZ05").actions()).isEqualTo(1);
		assertThat(cell(sharedRow, "JZ09").years()).containsExactly(2026);
		assertThat(cell(sharedRow, "JZ09").ideas()).isEqualTo(1);
		assertThat(cell(sharedRow, "JZ09").actions()).isEqualTo(2);
		assertThat(sharedRow.ideas()).isEqualTo(4);
		assertThat(sharedRow.actions()).isEqualTo(3);
		assertThat(sharedRow.nationalActions()).extracting(TopicActions.NationalLink::href)
			.containsExactly("/landelijke-acties/" + national);
		assertThat(sharedRow.createHref()).startsWith("/landelijke-acties?onderwerp=Gedeeld%20onderwerp%20")
			.endsWith("#nieuw");

		TopicRow singleRow = row(page, alone);
		assertThat(singleRow.candidate()).isFalse();
		assertThat(singleRow.regions()).extracting(RegionCell::code).containsExactly("JZ09");
		assertThat(singleRow.ideas()).isEqualTo(1);
		assertThat(singleRow.actions()).isZero();
		assertThat(singleRow.createHref()).isNull();
		assertThat(page.topics().indexOf(sharedRow)).isLessThan(page.topics().indexOf(singleRow));

		// A policymaker of one of the regions sees and counts only that region: no
		// candidate, and no way to the national actions.
		RecurringTopics.TopicsPage own = this.recurring.page(this.accounts.create(Role.POLICYMAKER, "JZ05"));
		TopicRow ownRow = row(own, topic);
		assertThat(ownRow.regions()).extracting(RegionCell::code).containsExactly("JZ05");
		assertThat(ownRow.candidate()).isFalse();
		assertThat(ownRow.createHref()).isNull();
		assertThat(own.topics()).extracting(TopicRow::id).doesNotContain(alone);

		// The page says it in words, and the one click leads to a form with the topic.
		String html = page("/overzicht/onderwerpen", this.accounts.create(Role.NATIONAL_COORDINATOR));
		assertThat(html).contains("Kandidaat voor een landelijke actie: gekozen in 2 regio&#39;s",
				"In één regio gekozen", "2024, 2025", "3 ideeën, 1 actie", "1 idee, 2 acties",
				"Landelijke actie maken voor „" + shared + "”",
				"href=\"" + sharedRow.createHref().replace("&", "&amp;") + "\"");
		// The address as the browser sends it (already encoded: not a template).
		String form = this.mvc
			.perform(
					get(URI.create(sharedRow.createHref())).with(user(this.accounts.create(Role.NATIONAL_COORDINATOR))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("value=\"" + shared + "\"");
		assertThat(page("/overzicht/onderwerpen?taal=en", this.accounts.create(Role.NATIONAL_COORDINATOR)))
			.contains("Candidate for a national action: chosen in 2 regions", "3 ideas, 1 action");
	}

	@Test
	void thePageCostsTheSameWithLittleOrMuchData() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ13", "JZ14");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ13");
		busy("JZ13", coordinator, "Telling 0");
		long all = statements(national);
		long own = statements(policymaker);
		long assigned = statements(coordinator);
		for (int i = 1; i <= 4; i++) {
			busy((i % 2 == 0) ? "JZ13" : "JZ14", coordinator, "Telling " + i);
		}
		assertThat(statements(national)).isEqualTo(all);
		assertThat(statements(policymaker)).isEqualTo(own);
		assertThat(statements(coordinator)).isEqualTo(assigned);
		assertThat(all).as("statistics are on and the page is cheap").isBetween(2L, 6L);
		System.out.printf("Statements: recurring topics %d (policymaker %d, coordinator %d)%n", all, own, assigned);
	}

	private void busy(String region, AccountPrincipal coordinator, String title) {
		long trajectory = this.trajectories.createRunning(region, title, coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Positie van ouders", "Transparantie").get(0);
		this.harvest.harvest(trajectory, coordinator, topic, HarvestKind.IDEA, "Idee " + title);
		this.actionPlan.action(trajectory, coordinator, topic, "Actie " + title, TestClock.today().plusDays(30));
	}

	/** A topic made in this trajectory and taken into the national list. */
	private long catalogueTopic(long trajectory, AccountPrincipal coordinator, String name) {
		long id = this.harvest.ownTopic(trajectory, coordinator, name);
		this.jdbc.update("update topic set trajectory_id = null where id = ?", id);
		return id;
	}

	private void starts(long trajectory, LocalDate day) {
		this.jdbc.update("update trajectory_step set planned_start = ? where trajectory_id = ?", day, trajectory);
	}

	private static TopicRow row(RecurringTopics.TopicsPage page, long topic) {
		return page.topics().stream().filter((row) -> row.id() == topic).findFirst().orElseThrow();
	}

	private static RegionCell cell(TopicRow row, String code) {
		return row.regions().stream().filter((cell) -> cell.code().equals(code)).findFirst().orElseThrow();
	}

	private long statements(AccountPrincipal user) {
		return new SqlStatements(this.entityManagerFactory).forPage(this.mvc, "/overzicht/onderwerpen", user);
	}

	private String page(String path, AccountPrincipal user) throws Exception {
		return this.mvc.perform(get(path).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
