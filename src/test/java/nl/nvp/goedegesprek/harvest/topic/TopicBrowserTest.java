package nl.nvp.goedegesprek.harvest.topic;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class TopicBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Test
	void nationalCoordinatorKeepsTheTopicCatalogueAndTakesInARegionsTopic() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ15");
		long trajectory = this.trajectories.createRunning("JZ15", "Eigen onderwerp", coordinator.id());
		String own = "Pleegzorg en onderwijs " + System.nanoTime();
		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		link("Onderwerpen").click();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gedeeld opvoederschap")))
			.isVisible();
		assertAccessible();
		this.page.getByLabel("Naam").fill("transparantie");
		button("Onderwerp toevoegen").click();
		assertThat(this.page.locator("#name-error")).hasText("Er is al een onderwerp met deze naam.");
		assertAccessible();
		link("Gedeeld opvoederschap").click();
		assertAccessible();
		this.page.getByLabel("Omschrijving").fill("Pleegouders en ouders voeden samen op.");
		button("Opslaan").click();
		assertThat(this.page.locator(".alert-success")).hasText("Het onderwerp is opgeslagen.");

		open("/trajecten/" + trajectory + "/onderwerpen");
		this.page.getByLabel("Naam").fill(own);
		button("Eigen onderwerp toevoegen").click();
		button("„" + own + "” opnemen in de landelijke lijst").click();
		assertThat(this.page.locator(".alert-success")).hasText("Het onderwerp staat nu in de landelijke lijst.");
		open("/onderwerpen");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(own))).isVisible();
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
