package nl.nvp.goedegesprek.research.figures;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class IndicatorBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Test
	void nationalCoordinatorKeepsTheCatalogueAndACoordinatorAddsAnIndicatorOfTheirOwn() {
		String name = "Pleegouders in opleiding " + System.nanoTime();
		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		link("Indicatoren").click();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pleeggezinnen")))
			.isVisible();
		assertAccessible();
		link("Nieuwe indicator").click();
		this.page.getByLabel("Naam").fill("pleeggezinnen");
		this.page.getByLabel("Eenheid").fill("gezinnen");
		button("Opslaan").click();
		assertThat(this.page.locator("#name-error")).hasText("Er is al een indicator met deze naam.");
		assertAccessible();
		this.page.getByLabel("Naam").fill(name);
		button("Opslaan").click();
		assertThat(this.page.locator(".alert-success")).hasText("De indicator is toegevoegd aan de landelijke lijst.");
		this.page.getByLabel("Jaar").fill("2024");
		this.page.getByLabel("Waarde").fill("-3");
		this.page.getByLabel("Bron").fill("NJi");
		button("Landelijk cijfer toevoegen").click();
		assertThat(this.page.locator("#value-error")).isVisible();
		assertThat(this.page.getByLabel("Bron")).hasValue("NJi");
		this.page.getByLabel("Waarde").fill("1250");
		button("Landelijk cijfer toevoegen").click();
		assertThat(this.page.locator(".alert-success")).hasText("Het landelijke cijfer is toegevoegd.");
		assertThat(this.page.locator("tbody tr")).hasCount(1);
		assertThat(this.page.locator("tbody tr")).containsText("1.250");
		assertAccessible();

		// A regional coordinator adds an indicator for their own trajectory only.
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ14");
		long trajectory = this.trajectories.createRunning("JZ14", "Eigen indicator", coordinator.id());
		Page regional = newPerson();
		logIn(regional, coordinator.getUsername(), AccountFixtures.PASSWORD);
		regional.navigate(url("/trajecten/" + trajectory + "/cijfers"));
		regional.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Eigen indicator toevoegen")).click();
		assertAccessible(regional);
		regional.getByLabel("Naam").fill("Crisisplaatsingen");
		regional.getByLabel("Eenheid").fill("plaatsingen");
		regional.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(regional.locator(".alert-success")).containsText("De indicator is toegevoegd.");
		regional.getByLabel("Indicator").selectOption(new SelectOption().setLabel("Crisisplaatsingen (plaatsingen)"));
		regional.getByLabel("Jaar").fill("2025");
		regional.getByLabel("Waarde").fill("37");
		regional.getByLabel("Bron").fill("Regionale monitor");
		regional.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		Locator own = regional.locator("section.indicator")
			.filter(new Locator.FilterOptions().setHasText("Crisisplaatsingen"));
		assertThat(own).containsText("Eigen indicator van dit traject");
		assertThat(own.locator("tbody tr")).containsText("37");
		assertAccessible(regional);
		regional.context().close();
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
