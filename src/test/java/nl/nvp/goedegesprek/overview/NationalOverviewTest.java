package nl.nvp.goedegesprek.overview;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.region.RegionMap;
import nl.nvp.goedegesprek.region.RegionSummary;
import nl.nvp.goedegesprek.region.Regions;
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
 * The national overview (issue 16): every region on the map in the phase it is in, linked
 * only for those who may open it; a region's page with its trajectories, steps, topics
 * and actions; and both pages cost as many SQL statements with one trajectory as with
 * many.
 */
@IntegrationTest
class NationalOverviewTest {

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
	private Regions regions;

	@Autowired
	private RegionMap map;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theMapAndARegionsPageCostTheSameWithOneOrManyTrajectories() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ41");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ41");
		busy("JZ41", coordinator, "Kaart 0");
		long map = statements("/overzicht", national);
		long mapOfCoordinator = statements("/overzicht", coordinator);
		long region = statements("/overzicht/regios/JZ41", national);
		long regionOfPolicymaker = statements("/overzicht/regios/JZ41", policymaker);
		for (int i = 1; i <= 4; i++) {
			busy("JZ41", coordinator, "Kaart " + i);
			busy((i % 2 == 0) ? "JZ03" : "JZ06", coordinator, "Elders " + i);
		}
		this.trajectories.create("JZ41", "Kaart gepland");

		assertThat(statements("/overzicht", national)).isEqualTo(map);
		assertThat(statements("/overzicht", coordinator)).isEqualTo(mapOfCoordinator);
		assertThat(statements("/overzicht/regios/JZ41", national)).isEqualTo(region);
		assertThat(statements("/overzicht/regios/JZ41", policymaker)).isEqualTo(regionOfPolicymaker);
		// The map also lists the national projects (decision 45): their trajectories,
		// reach
		// and steps, three statements when there are any.
		assertThat(map).as("statistics are on and the map is cheap").isBetween(1L, 7L);
		assertThat(region).as("the region's page is cheap").isBetween(3L, 10L);
		System.out.printf("Statements: map %d (coordinator %d), region page %d (policymaker %d)%n", map,
				mapOfCoordinator, region, regionOfPolicymaker);
	}

	@Test
	void theMapSpeaksEnglishOnRequest() throws Exception {
		String page = this.mvc
			.perform(get("/overzicht").param("taal", "en").with(user(this.accounts.create(Role.POLICYMAKER, "JZ42"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Map of the 42 youth-care regions", "Map: CBS/PDOK, CC BY 4.0",
				"All youth-care regions and where they stand", "You can open the regions where you work.");
	}

	@Test
	void everyRegionIsDrawnInItsPhaseAndLinkedOnlyForThoseWhoMayOpenIt() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ42");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ42");
		this.trajectories.createRunning("JZ42", "Loopt in JZ42", coordinator.id());

		String national = page("/overzicht", this.accounts.create(Role.NATIONAL_COORDINATOR));
		assertThat(count(national, "<path d=\"M[^\"]+\" class=\"region phase-")).isEqualTo(42);
		assertThat(national)
			.containsPattern("href=\"/overzicht/regios/JZ42\"[^>]*><path d=\"M[^\"]+\" class=\"region phase-running\"")
			.contains("Kaart: CBS/PDOK, CC BY 4.0", "role=\"group\"", "<title id=\"map-title\">",
					"<desc id=\"map-desc\">");
		assertThat(count(national, "<tr data-region=\"JZ")).isEqualTo(42);
		assertThat(count(national, "href=\"/overzicht/regios/JZ")).isEqualTo(2 * 42);

		String own = page("/overzicht", policymaker);
		assertThat(count(own, "<path d=\"M[^\"]+\" class=\"region phase-")).isEqualTo(42);
		assertThat(count(own, "href=\"/overzicht/regios/JZ")).isEqualTo(2);
		assertThat(own).contains("href=\"/overzicht/regios/JZ42\"").contains("Loopt, sinds ");

		this.mvc.perform(get("/overzicht/regios/JZ41").with(user(policymaker))).andExpect(status().isForbidden());
		this.mvc.perform(get("/overzicht/regios/JZ77").with(user(policymaker))).andExpect(status().isNotFound());
		this.mvc.perform(get("/overzicht/regios/JZ42").with(user(policymaker))).andExpect(status().isOk());
	}

	@Test
	void aRegionsPageShowsItsTrajectoriesStepsTopicsAndActions() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ02");
		long trajectory = this.trajectories.createRunning("JZ02", "Het goede gesprek Friesland", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Verwachtingsmanagement").get(0);
		this.harvest.harvest(trajectory, coordinator, topic, HarvestKind.IDEA, "Een idee");
		this.actionPlan.action(trajectory, coordinator, topic, "Te late actie", TestClock.today().minusDays(3));
		long done = this.actionPlan.action(trajectory, coordinator, topic, "Klare actie",
				TestClock.today().minusDays(9));
		this.actionPlan.status(done, ActionStatus.DONE);
		long handed = this.actionPlan.nationalScopeAction(trajectory, coordinator, topic, "Startwijzer landelijk");
		this.actionPlan.nationalScopeAction(trajectory, coordinator, topic, "Nog niet gekoppeld");
		long national = this.actionPlan.nationalAction("Landelijke startwijzer");
		this.jdbc.update("update improvement_action set national_action_id = ? where id = ?", national, handed);

		String page = page("/overzicht/regios/JZ02", this.accounts.create(Role.NATIONAL_COORDINATOR));

		assertThat(page).contains("Friesland (Fryslân)", "Het goede gesprek Friesland", "Startbijeenkomst", "Bezig",
				"Verwachtingsmanagement", "(1 idee)", "Afgerond: 1, lopend: 2, te laat: 1", "Te late actie",
				"(Te laat)", "Klare actie", "href=\"/trajecten/" + trajectory + "\"",
				"Hoort bij de landelijke actie: " + this.jdbc
					.queryForObject("select title from national_action where id = ?", String.class, national),
				"Aan de NVP gegeven, nog niet aan een landelijke actie gekoppeld");
	}

	@Test
	void aCoordinatorAssignedInAnotherRegionSeesOnlyTheirOwnTrajectoriesThere() throws Exception {
		AccountPrincipal visiting = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ05");
		AccountPrincipal local = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ07");
		long theirs = this.trajectories.createRunning("JZ07", "Geholpen in JZ07 " + UUID.randomUUID(), visiting.id());
		long other = this.trajectories.createRunning("JZ07", "Van een ander in JZ07 " + UUID.randomUUID(), local.id());
		String theirTitle = this.jdbc.queryForObject("select title from trajectory where id = ?", String.class, theirs);
		String otherTitle = this.jdbc.queryForObject("select title from trajectory where id = ?", String.class, other);

		String page = page("/overzicht/regios/JZ07", visiting);

		assertThat(page).contains(theirTitle, "href=\"/trajecten/" + theirs + "\"")
			.doesNotContain(otherTitle)
			.doesNotContain("/trajecten/" + other + "\"");
		assertThat(page("/overzicht/regios/JZ07", local)).contains(theirTitle, otherTitle);
	}

	@Test
	void everyRegionInTheDatabaseHasAShapeOnTheMap() {
		assertThat(this.regions.all()).hasSize(42)
			.extracting(RegionSummary::code)
			.allSatisfy((code) -> assertThat(this.map.drawing().shapes()).containsKey(code));
	}

	private void busy(String region, AccountPrincipal coordinator, String title) {
		long trajectory = this.trajectories.createRunning(region, title, coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Positie van ouders", "Transparantie").get(0);
		this.harvest.harvest(trajectory, coordinator, topic, HarvestKind.IDEA, "Idee " + title);
		this.actionPlan.action(trajectory, coordinator, topic, "Te laat " + title, TestClock.today().minusDays(1));
		this.actionPlan.action(trajectory, coordinator, topic, "Later " + title, TestClock.today().plusDays(30));
	}

	private long statements(String path, AccountPrincipal user) {
		return new SqlStatements(this.entityManagerFactory).forPage(this.mvc, path, user);
	}

	private String page(String path, AccountPrincipal user) throws Exception {
		return this.mvc.perform(get(path).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		int found = 0;
		while (matcher.find()) {
			found++;
		}
		return found;
	}

}
