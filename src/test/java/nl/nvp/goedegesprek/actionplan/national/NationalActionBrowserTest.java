package nl.nvp.goedegesprek.actionplan.national;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class NationalActionBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private HarvestFixtures harvest;

	@Test
	void aNationalActionLinksActionsOfTwoRegionsWhoSeeItsProgress() {
		AccountPrincipal nijmegen = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		AccountPrincipal brabant = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		long first = this.trajectories.createRunning("JZ32", "Landelijk Nijmegen", nijmegen.id());
		long second = this.trajectories.createRunning("JZ34", "Landelijk Brabant", brabant.id());
		String suffix = " " + System.nanoTime();
		long firstAction = this.actionPlan.nationalScopeAction(first, nijmegen,
				this.harvest.choose(first, nijmegen, "Samenwerken tussen pleegouders en ouders").get(0),
				"Startwijzer Nijmegen" + suffix);
		this.actionPlan.nationalScopeAction(second, brabant,
				this.harvest.choose(second, brabant, "Samenwerken tussen pleegouders en ouders").get(0),
				"Startwijzer Brabant" + suffix);

		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Landelijke acties").setExact(true))
			.click();
		assertThat(this.page.getByText("Startwijzer Nijmegen" + suffix)).isVisible();
		assertAccessible();
		button("Nieuwe landelijke actie").click();
		assertThat(this.page.locator("#title-error")).hasText("Vul dit veld in.");
		this.page.getByLabel("Actie", new Page.GetByLabelOptions().setExact(true)).fill("Startwijzer" + suffix);
		button("Nieuwe landelijke actie").click();
		assertThat(this.page.locator(".alert-success")).hasText("De landelijke actie is gemaakt.");
		for (String region : new String[] { "Nijmegen", "Brabant" }) {
			Locator options = this.page.locator("#link-action option")
				.filter(new Locator.FilterOptions().setHasText("Startwijzer " + region + suffix));
			this.page.getByLabel("Actie uit een regio koppelen")
				.selectOption(new SelectOption().setValue(options.getAttribute("value")));
			button("Koppelen").click();
			assertThat(this.page.locator(".alert-success")).hasText("De actie is gekoppeld.");
		}
		assertThat(this.page.locator(".national-linked li")).hasCount(2);
		assertThat(this.page.locator(".national-linked")).containsText("Rijk van Nijmegen");
		assertThat(this.page.locator(".national-linked")).containsText("West Brabant Oost");
		this.page.getByLabel("Wat is er gebeurd?").fill("De landelijke startwijzer is gedrukt.");
		this.page.getByLabel("In uitvoering").check();
		button("Voortgang melden").click();
		assertThat(this.page.locator(".progress-list")).containsText("De landelijke startwijzer is gedrukt.");
		assertAccessible();

		// The region sees the national action and its progress with its own action.
		Page region = newPerson();
		logIn(region, nijmegen.getUsername(), AccountFixtures.PASSWORD);
		region.navigate(url("/trajecten/" + first + "/acties/" + firstAction));
		assertThat(region.locator(".national-part"))
			.containsText("Onderdeel van de landelijke actie „Startwijzer" + suffix + "”");
		assertThat(region.locator(".national-part")).containsText("De landelijke startwijzer is gedrukt.");
		assertAccessible(region);
		region.context().close();
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
