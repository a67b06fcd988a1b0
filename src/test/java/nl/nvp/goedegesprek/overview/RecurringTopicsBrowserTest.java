package nl.nvp.goedegesprek.overview;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The recurring topics in a browser: from the national overview, a topic of two regions
 * flagged in words, one click to a national action's form with the topic filled in;
 * accessible (axe, target size, reflow at 320 and 1280 px, the table scrolling in its own
 * labelled box); a policymaker sees only their region and no national links.
 */
class RecurringTopicsBrowserTest extends BrowserTest {

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

	@Test
	void aNationalCoordinatorSeesARecurringTopicAndStartsANationalActionForIt() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ16", "JZ17");
		String name = "Terugkeer " + System.nanoTime();
		long first = this.trajectories.createRunning("JZ16", "Onderwerpen eerste", coordinator.id());
		long second = this.trajectories.createRunning("JZ17", "Onderwerpen tweede", coordinator.id());
		long topic = this.harvest.ownTopic(first, coordinator, name);
		this.jdbc.update("update topic set trajectory_id = null where id = ?", topic);
		this.harvest.choose(first, coordinator, name);
		this.harvest.choose(second, coordinator, name);
		this.harvest.harvest(first, coordinator, topic, HarvestKind.IDEA, "Een idee");
		this.actionPlan.action(second, coordinator, topic, "Een actie", TestClock.today().plusDays(20));

		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		open("/overzicht");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terugkerende onderwerpen per regio"))
			.click();
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Terugkerende onderwerpen").setExact(true)))
			.isVisible();
		assertThat(
				this.page.getByRole(AriaRole.REGION,
						new Page.GetByRoleOptions()
							.setName("Gekozen onderwerpen per regio en jaar, met ideeën en verbeteracties")))
			.isVisible();
		Locator table = this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
			.setName("Gekozen onderwerpen per regio en jaar, met ideeën en verbeteracties"));
		Locator row = table.locator("tr[data-topic=\"" + topic + "\"]");
		assertThat(row.getByRole(AriaRole.ROWHEADER)).containsText(name);
		assertThat(row).containsText("Kandidaat voor een landelijke actie: gekozen in 2 regio's");
		assertThat(row.locator("li[data-region]")).hasCount(2);
		assertThat(row).containsText("1 idee, geen acties");
		assertThat(row).containsText("geen ideeën, 1 actie");
		assertThat(this.page.locator(".topics-summary")).containsText(" in twee of meer regio's.");
		assertAccessible();
		screenshot("overview-topics");
		this.page.setViewportSize(320, 640);
		screenshot("overview-topics-320");
		this.page.setViewportSize(1280, 720);

		row.getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Landelijke actie maken voor „" + name + "”"))
			.click();
		assertThat(this.page.locator("form[action=\"/landelijke-acties\"] input[name=title]")).hasValue(name);
		assertAccessible();
	}

	@Test
	void aPolicymakerSeesOnlyTheirRegionAndNoNationalLinks() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ18");
		long trajectory = this.trajectories.createRunning("JZ18", "Onderwerpen beleid", coordinator.id());
		this.harvest.choose(trajectory, coordinator, "Transparantie");
		logIn(this.accounts.create(Role.POLICYMAKER, "JZ18").getUsername(), AccountFixtures.PASSWORD);
		open("/overzicht/onderwerpen");
		assertThat(this.page.getByText("U ziet alleen de trajecten van de regio's waar u werkt")).isVisible();
		Locator table = this.page.getByRole(AriaRole.TABLE);
		assertThat(table.locator("li[data-region]:not([data-region=JZ18])")).hasCount(0);
		assertThat(table.getByRole(AriaRole.LINK)).hasCount(0);
		assertAccessible();
	}

}
