package nl.nvp.goedegesprek.actionplan;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ActionPlanBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Test
	void harvestForTwoTopicsBecomesActionsThatAreFollowedUp() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Dialoog Nijmegen", coordinator.id());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + trajectory);
		link("Onderwerpen").click();
		this.page.getByLabel("Samenwerken tussen pleegouders en ouders").check();
		this.page.getByLabel("Impact op eigen kinderen").check();
		button("Keuze opslaan").click();
		assertThat(this.page.locator(".alert-success")).hasText("De keuze is opgeslagen.");
		this.page.getByLabel("Naam").fill("Vervoer naar school");
		button("Eigen onderwerp toevoegen").click();
		assertThat(this.page.getByLabel("Vervoer naar school")).isChecked();
		assertAccessible();

		// Harvest, entered quickly: the form keeps topic and kind for the next line.
		link("Dialoog Nijmegen").click();
		link("Oogst van de bijeenkomsten").click();
		assertAccessible();
		this.page.getByLabel("Onderwerp")
			.selectOption(new SelectOption().setLabel("Samenwerken tussen pleegouders en ouders"));
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Gaat goed")).check();
		this.page.getByLabel("Wat is er gezegd?")
			.fill("Ouders en pleegouders kennen elkaar vaak al voor de plaatsing.");
		button("Toevoegen").click();
		assertThat(this.page.locator(".alert-success")).hasText("De oogst is toegevoegd.");
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Idee")).check();
		this.page.getByLabel("Wat is er gezegd?").fill("Een startwijzer voor pleegouders en ouders.");
		button("Toevoegen").click();
		// A quote needs a role and consent.
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Citaat")).check();
		this.page.getByLabel("Wat is er gezegd?").fill("Ik kwam meer dingen te weten en kon mijn stem laten horen.");
		button("Toevoegen").click();
		assertThat(this.page.locator("#speakerRole-error")).hasText("Kies de rol van wie het zei.");
		assertThat(this.page.locator("#consent-error")).containsText("toestemming");
		assertThat(this.page.getByLabel("Wat is er gezegd?"))
			.hasValue("Ik kwam meer dingen te weten en kon mijn stem laten horen.");
		assertAccessible();
		this.page.getByLabel("Rol van wie het zei").selectOption(new SelectOption().setLabel("Pleegkind"));
		this.page.getByLabel("Deze persoon gaf toestemming").check();
		button("Toevoegen").click();
		this.page.getByLabel("Onderwerp").selectOption(new SelectOption().setLabel("Impact op eigen kinderen"));
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Kan beter")).check();
		this.page.getByLabel("Wat is er gezegd?").fill("Eigen kinderen worden weinig gevraagd hoe het gaat.");
		button("Toevoegen").click();
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Idee")).check();
		this.page.getByLabel("Wat is er gezegd?").fill("Een gesprek met eigen kinderen bij elk huisbezoek.");
		button("Toevoegen").click();

		Locator together = this.page
			.locator("section.topic-harvest[data-topic='Samenwerken tussen pleegouders en ouders']");
		assertThat(together.locator("[data-kind=GOES_WELL]")).containsText("kennen elkaar vaak al");
		assertThat(together.locator("[data-kind=QUOTE]")).containsText("— Pleegkind");
		Locator ownChildren = this.page.locator("section.topic-harvest[data-topic='Impact op eigen kinderen']");
		assertThat(ownChildren.locator("[data-kind=CAN_BE_BETTER]")).containsText("weinig gevraagd");
		assertAccessible();

		// A table host without an account adds harvest through a link made for them.
		this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invoerlinks maken, bekijken en intrekken"))
			.click();
		this.page.getByLabel("Voor wie (bijvoorbeeld: tafel 3)").fill("Tafel 3");
		button("Link maken").click();
		String hostLink = this.page.locator(".host-link").textContent().replace("http://localhost", url(""));
		assertAccessible();
		Page host = newPerson();
		host.navigate(hostLink);
		assertThat(host.getByText("Dialoog Nijmegen · Tafel 3")).isVisible();
		assertAccessible(host);
		host.getByLabel("Onderwerp").selectOption(new SelectOption().setLabel("Impact op eigen kinderen"));
		host.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Gaat goed")).check();
		host.getByLabel("Wat is er gezegd?").fill("Eigen kinderen mochten mee naar de informatieavond.");
		host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
		assertThat(host.locator(".alert-success")).hasText("De oogst is toegevoegd.");
		host.context().close();
		open("/trajecten/" + trajectory + "/oogst");
		assertThat(ownChildren.locator("[data-kind=GOES_WELL]")).containsText("mochten mee naar de informatieavond");

		// An idea becomes an action.
		together
			.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions()
						.setName("Actie van maken: „Een startwijzer voor pleegouders en ouders.”"))
			.click();
		assertThat(this.page.getByLabel("Een startwijzer voor pleegouders en ouders.")).isChecked();
		assertAccessible();
		button("Opslaan").click();
		assertThat(this.page.locator("#title-error")).hasText("Vul dit veld in.");
		assertThat(this.page.locator("#ownerOrganisation-error")).hasText("Vul dit veld in.");
		this.page.getByLabel("Onderwerp")
			.selectOption(new SelectOption().setLabel("Samenwerken tussen pleegouders en ouders"));
		this.page.getByLabel("Actie", new Page.GetByLabelOptions().setExact(true))
			.fill("Startwijzer voor pleegouders en ouders");
		this.page.getByLabel("Actiehouder (organisatie)").fill("NVP");
		this.page.getByLabel("Deadline").fill(TestClock.today().plusMonths(6).toString());
		this.page.getByLabel("Landelijk, door de NVP").check();
		button("Opslaan").click();
		assertThat(this.page.locator(".alert-success")).hasText("De actie is gemaakt.");
		assertThat(this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText("Een startwijzer voor pleegouders en ouders."))).isVisible();
		assertAccessible();
		this.page.getByLabel("Wat is er gebeurd?").fill("Eerste versie besproken met de werkgroep.");
		this.page.getByLabel("Link naar bewijs").fill("javascript:alert(1)");
		button("Voortgang melden").click();
		assertThat(this.page.locator("#evidenceUrl-error")).containsText("http");
		this.page.getByLabel("Link naar bewijs").fill("https://www.nvp.nl/startwijzer");
		button("Voortgang melden").click();
		assertThat(this.page.locator(".alert-success")).hasText("De voortgang is opgeslagen.");
		assertThat(this.page.locator(".progress-list")).containsText("Eerste versie besproken");

		// A second action, already past its deadline.
		open("/trajecten/" + trajectory + "/acties/nieuw");
		this.page.getByLabel("Onderwerp").selectOption(new SelectOption().setLabel("Impact op eigen kinderen"));
		this.page.getByLabel("Actie", new Page.GetByLabelOptions().setExact(true)).fill("Gesprek met eigen kinderen");
		this.page.getByLabel("Actiehouder (organisatie)").fill("Pleegzorg Gelderland");
		this.page.getByLabel("Deadline").fill(TestClock.today().minusDays(3).toString());
		this.page.getByLabel("Een gesprek met eigen kinderen bij elk huisbezoek.").check();
		button("Opslaan").click();
		link("Verbeteracties").click();
		assertThat(this.page.getByText("1 actie is over de deadline en nog niet afgerond.")).isVisible();
		assertThat(this.page.locator("tr.overdue")).containsText("Gesprek met eigen kinderen");
		assertThat(this.page.locator("tr").filter(new Locator.FilterOptions().setHasText("Startwijzer")))
			.containsText("Landelijk");
		assertAccessible();

		// A policymaker of the region reads, without changing anything.
		Page policymaker = newPerson();
		logIn(policymaker, this.accounts.create(Role.POLICYMAKER, "JZ32").getUsername(), AccountFixtures.PASSWORD);
		policymaker.navigate(url("/trajecten/" + trajectory + "/oogst"));
		assertThat(policymaker.getByText("kennen elkaar vaak al")).isVisible();
		assertThat(policymaker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")))
			.hasCount(0);
		assertAccessible(policymaker);
		policymaker.navigate(url("/trajecten/" + trajectory + "/acties"));
		policymaker
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Startwijzer voor pleegouders en ouders"))
			.click();
		assertThat(policymaker.getByText("Eerste versie besproken")).isVisible();
		assertThat(policymaker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voortgang melden")))
			.hasCount(0);
		assertAccessible(policymaker);
		policymaker.context().close();
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
