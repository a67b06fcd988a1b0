package nl.nvp.goedegesprek.overview;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The national overview in a browser: the map with its legend, credit and table, from the
 * menu; a region's page from the map and from the table; accessible (axe, target size,
 * reflow at 320 and 1280 px); a policymaker opens only their own region.
 */
class OverviewBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Test
	void aNationalCoordinatorSeesEveryRegionOnTheMapAndOpensOne() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ08");
		long trajectory = this.trajectories.createRunning("JZ08", "Het goede gesprek Flevoland", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Gedeeld opvoederschap").get(0);
		this.actionPlan.action(trajectory, coordinator, topic, "Startwijzer delen", TestClock.today().minusDays(2));

		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Landelijk overzicht")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Landelijk overzicht")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName("Kaart van de 42 jeugdregio's")))
			.isVisible();
		assertThat(this.page.locator(".region-map path.region")).hasCount(42);
		assertThat(this.page.locator(".region-map path.region[data-region], .region-map a[data-region] path"))
			.hasCount(42);
		assertThat(this.page.locator("figcaption")).hasText("Kaart: CBS/PDOK, CC BY 4.0");
		assertThat(this.page.locator(".map-legend li")).hasCount(4);
		assertThat(this.page.locator(".map-legend")).containsText("Loopt:");
		Locator table = this.page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName("Alle jeugdregio's en waar ze staan"));
		assertThat(table.locator("tbody tr")).hasCount(42);
		assertThat(table.locator("tr[data-region=JZ08]")).containsText("Loopt, sinds " + TestClock.today().getYear());
		assertAccessible();
		screenshot("overview-map");
		this.page.setViewportSize(320, 640);
		assertThat(this.page.locator(".region-map svg")).isVisible();
		screenshot("overview-map-320");
		this.page.setViewportSize(1280, 720);

		// The shape on the map leads to the region's page too.
		this.page.locator(".region-map a[data-region=JZ08] path").click();
		assertThat(
				this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Flevoland").setExact(true)))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Het goede gesprek Flevoland")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName("Stappen van Het goede gesprek Flevoland")))
			.containsText("Bezig");
		assertThat(this.page.locator(".region-topics")).containsText("Gedeeld opvoederschap");
		assertThat(this.page.locator(".region-actions")).containsText("Startwijzer delen");
		assertThat(this.page.locator(".region-actions")).containsText("Te laat");
		assertAccessible();
		screenshot("overview-region");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het landelijk overzicht"))
			.click();
		table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Flevoland")).click();
		assertThat(this.page).hasURL(url("/overzicht/regios/JZ08"));
	}

	@Test
	void aPolicymakerSeesEveryRegionsStandingButOpensOnlyTheirOwn() {
		this.trajectories.createRunning("JZ11", "Het goede gesprek Zuid-Kennemerland");
		logIn(this.accounts.create(Role.POLICYMAKER, "JZ11").getUsername(), AccountFixtures.PASSWORD);
		open("/overzicht");
		Locator table = this.page.getByRole(AriaRole.TABLE);
		assertThat(table.locator("tbody tr")).hasCount(42);
		assertThat(table.getByRole(AriaRole.LINK)).hasCount(1);
		assertThat(this.page.locator(".region-map a")).hasCount(1);
		assertThat(this.page.getByText("U kunt de regio's openen waar u werkt.")).isVisible();
		assertAccessible();

		table.getByRole(AriaRole.LINK).click();
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Het goede gesprek Zuid-Kennemerland")))
			.isVisible();
		assertAccessible();
	}

}
