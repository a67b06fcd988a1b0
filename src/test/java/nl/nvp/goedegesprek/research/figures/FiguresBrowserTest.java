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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class FiguresBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Test
	void coordinatorAddsFiguresThatShowBesideEarlierYearsAndTheNationalFigure() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Cijfers Nijmegen", coordinator.id());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + trajectory);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cijfers van de regio")).click();
		assertThat(this.page.getByText("Er zijn nog geen cijfers voor deze regio.")).isVisible();
		assertAccessible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cijfer toevoegen")).click();
		this.page.getByLabel("Indicator").selectOption(new SelectOption().setLabel("Pleeggezinnen (gezinnen)"));
		this.page.getByLabel("Jaar").fill("1999");
		this.page.getByLabel("Waarde").fill("veel");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(this.page.locator("#year-error")).hasText("Vul een jaar in vanaf 2000.");
		assertThat(this.page.locator("#value-error")).containsText("Vul een getal in");
		assertThat(this.page.locator("#source-error")).hasText("Vul dit veld in.");
		assertAccessible();

		this.page.getByLabel("Jaar").fill("2022");
		this.page.getByLabel("Waarde").fill("412");
		this.page.getByLabel("Bron").fill("Jaarverslag pleegzorgaanbieder 2022");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(this.page.locator(".alert-success")).hasText("Het cijfer is toegevoegd.");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cijfer toevoegen")).click();
		this.page.getByLabel("Indicator").selectOption(new SelectOption().setLabel("Pleeggezinnen (gezinnen)"));
		this.page.getByLabel("Jaar").fill("2024");
		this.page.getByLabel("Waarde").fill("398");
		this.page.getByLabel("Bron").fill("Jaarverslag pleegzorgaanbieder 2024");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();

		var families = this.page.locator("section.indicator")
			.filter(new Locator.FilterOptions().setHasText("Pleeggezinnen ("));
		assertThat(families.locator("tbody tr")).hasCount(3);
		assertThat(families.locator("tbody tr").nth(1)).containsText("412");
		assertThat(families.locator("tbody tr").nth(1)).containsText("16.608");
		assertThat(families.locator("tbody tr").nth(2)).containsText("398");
		assertThat(families.locator("tbody tr").nth(2)).containsText("14.713");
		assertThat(families.locator(".bar-chart[role=img] rect.chart-bar")).hasCount(2);
		assertAccessible();

		// The same year twice is refused.
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cijfer toevoegen")).click();
		this.page.getByLabel("Indicator").selectOption(new SelectOption().setLabel("Pleeggezinnen (gezinnen)"));
		this.page.getByLabel("Jaar").fill("2024");
		this.page.getByLabel("Waarde").fill("1");
		this.page.getByLabel("Bron").fill("Dubbel");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(this.page.locator("#year-error")).containsText("al een cijfer");

		// A policymaker of the region reads them, without changing anything.
		Page policymaker = newPerson();
		logIn(policymaker, this.accounts.create(Role.POLICYMAKER, "JZ32").getUsername(), AccountFixtures.PASSWORD);
		policymaker.navigate(url("/trajecten/" + trajectory + "/cijfers"));
		assertThat(policymaker.getByText("Jaarverslag pleegzorgaanbieder 2024")).isVisible();
		assertThat(policymaker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cijfer toevoegen")))
			.hasCount(0);
		assertThat(policymaker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijderen")))
			.hasCount(0);
		assertAccessible(policymaker);
		policymaker.context().close();
	}

	@Test
	void numbersAreTypedAsTheDutchWriteThemAndShownFaithfullyOnThePageTheReportAndItsPdf() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Decimalen Nijmegen", coordinator.id());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + trajectory + "/cijfers/nieuw");
		this.page.getByLabel("Indicator").selectOption(new SelectOption().setLabel("Pleegkinderen (kinderen)"));
		this.page.getByLabel("Jaar").fill("2023");
		// In Dutch the point separates thousands: "12.5" is not a number, and is not read
		// as 125.
		this.page.getByLabel("Waarde").fill("12.5");
		this.page.getByLabel("Bron").fill("Telling 2023");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(this.page.locator("#value-error")).hasText("Vul een getal in, bijvoorbeeld 1.234 of 12,5.");
		assertThat(this.page.getByLabel("Waarde")).hasValue("12.5");
		this.page.getByLabel("Waarde").fill("1.234,5");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(this.page.locator(".alert-success")).hasText("Het cijfer is toegevoegd.");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cijfer toevoegen")).click();
		this.page.getByLabel("Indicator").selectOption(new SelectOption().setLabel("Pleegkinderen (kinderen)"));
		this.page.getByLabel("Jaar").fill("2024");
		this.page.getByLabel("Waarde").fill("12,5");
		this.page.getByLabel("Bron").fill("Telling 2024");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		Locator children = this.page.locator("section.indicator")
			.filter(new Locator.FilterOptions().setHasText("Pleegkinderen ("));
		assertThat(children.locator("tbody")).containsText("1.234,5");
		assertThat(children.locator("tbody")).containsText("12,5");
		assertThat(children.locator(".bar-chart .chart-value").last()).hasText("12,5");

		open("/trajecten/" + trajectory + "/onderzoek");
		assertThat(this.page.locator("section.indicator").first().locator("tbody")).containsText("1.234,5");
		assertThat(this.page.locator("section.indicator").first().locator("tbody")).containsText("12,5");
		byte[] pdf = this.page.request().get(url("/trajecten/" + trajectory + "/onderzoek/rapport.pdf")).body();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("1.234,5", "12,5");
		}

		// In English, the same figures as the English write them.
		open("/trajecten/" + trajectory + "/cijfers?taal=en");
		assertThat(this.page.locator("section.indicator").first().locator("tbody")).containsText("1,234.5");
	}

}
