package nl.nvp.goedegesprek.trajectory;

import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class TrajectoryBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Test
	void nationalPlansItRegionalCoordinatorRunsItPolicymakerOfTheRegionOnlyReadsIt() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String title = "Het goede gesprek Nijmegen " + tag;
		String coordinatorName = "Coördinator " + tag;
		String coordinatorEmail = "coordinator-" + tag + "@test.example";

		// A national coordinator makes the regional coordinator's account...
		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		String link = invite(coordinatorName, coordinatorEmail, "Regiocoördinator", "Rijk van Nijmegen");
		Page regional = newPerson();
		acceptInvitation(regional, link, "mijn eigen wachtwoord");

		// ... and plans the trajectory; a first try without title is refused at the
		// field.
		open("/trajecten");
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw traject")).click();
		assertAccessible();
		this.page.getByLabel("Regio", new Page.GetByLabelOptions().setExact(true)).selectOption("JZ32");
		this.page.getByLabel("Begin van Startbijeenkomst").fill("2027-02-01");
		this.page.getByLabel("Einde van Startbijeenkomst").fill("2027-01-01");
		this.page.getByLabel(coordinatorName).check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Traject maken")).click();
		assertThat(this.page.locator("#title-error")).hasText("Vul dit veld in.");
		assertThat(this.page.locator("#steps-0-plannedEnd-error")).hasText("Het einde moet op of na het begin liggen.");
		assertThat(this.page.getByLabel("Begin van Startbijeenkomst")).hasValue("2027-02-01");
		assertThat(this.page.getByLabel(coordinatorName)).isChecked();
		assertAccessible();
		screenshot("trajectory-form-errors");

		this.page.getByLabel("Titel").fill(title);
		this.page.getByLabel("Einde van Startbijeenkomst").fill("2027-02-01");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Traject maken")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Het traject is gemaakt.");
		assertThat(this.page.locator("h1")).hasText(title);
		assertThat(this.page.getByText("Hierna: Startbijeenkomst")).isVisible();
		assertThat(this.page.getByText("1 februari 2027 – 1 februari 2027")).isVisible();
		assertAccessible();
		String trajectoryUrl = this.page.url();

		// The regional coordinator moves it through its steps.
		logIn(regional, coordinatorEmail, "mijn eigen wachtwoord");
		regional.navigate(url("/trajecten"));
		regional.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		step(regional, "Startbijeenkomst starten").click();
		assertThat(regional.getByRole(AriaRole.STATUS)).hasText("De stap is gestart.");
		assertThat(regional.locator(".step-bar [aria-current=step]")).containsText("Startbijeenkomst");
		assertThat(regional.getByText("Nu: Startbijeenkomst")).isVisible();
		assertAccessible(regional);
		step(regional, "Startbijeenkomst afronden").click();
		step(regional, "Onderzoek: cijfers overslaan").click();
		assertThat(regional.getByText("Hierna: Onderzoek: beleving")).isVisible();
		step(regional, "Onderzoek: beleving starten").click();
		assertThat(regional.locator(".step-bar li")).hasCount(7);
		assertThat(regional.locator(".step-bar .step-done")).hasCount(1);
		assertThat(regional.locator(".step-bar .step-skipped")).hasCount(1);
		assertThat(regional.locator(".step-bar .step-active")).hasCount(1);
		regional.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target/screenshots/trajectory-running.png")));
		regional.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Traject wijzigen")).click();
		assertAccessible(regional);
		regional.getByLabel("Korte omschrijving").fill("Samen werken aan pleegzorg in de regio.");
		regional.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(regional.getByRole(AriaRole.STATUS)).hasText("Het traject is opgeslagen.");
		assertThat(regional.getByText("Samen werken aan pleegzorg in de regio.")).isVisible();

		// A policymaker of the region sees where it stands, and cannot change it.
		Page policymaker = newPerson();
		logIn(policymaker, this.accounts.create(Role.POLICYMAKER, "JZ32").getUsername(), AccountFixtures.PASSWORD);
		policymaker.navigate(url("/trajecten"));
		policymaker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(policymaker.getByText("U kunt dit traject bekijken, maar niet wijzigen.")).isVisible();
		assertThat(policymaker.getByText("Nu: Onderzoek: beleving")).isVisible();
		assertThat(policymaker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afronden"))).hasCount(0);
		assertThat(policymaker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Traject wijzigen")))
			.hasCount(0);
		assertAccessible(policymaker);
		policymaker.navigate(trajectoryUrl + "/bewerken");
		assertThat(policymaker.locator("h1")).hasText("Geen toegang");
		assertAccessible(policymaker);

		// A policymaker of another region does not even find it.
		Page other = newPerson();
		logIn(other, this.accounts.create(Role.POLICYMAKER, "JZ34").getUsername(), AccountFixtures.PASSWORD);
		other.navigate(url("/trajecten"));
		assertThat(other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).hasCount(0);
		other.navigate(trajectoryUrl);
		assertThat(other.locator("h1")).hasText("Pagina niet gevonden");
		other.context().close();

		// The coordinator goes through the remaining steps and finishes the trajectory.
		regional.navigate(trajectoryUrl);
		step(regional, "Onderzoek: beleving afronden").click();
		for (String name : new String[] { "Dialoogbijeenkomst 1", "Dialoogbijeenkomst 2", "Actieplan", "Opvolging" }) {
			step(regional, name + " starten").click();
			assertThat(regional.getByText("Nu: " + name)).isVisible();
			step(regional, name + " afronden").click();
		}
		assertThat(regional.getByText("Alle stappen zijn klaar of overgeslagen.")).isVisible();
		regional.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Traject afronden")).click();
		assertThat(regional.locator(".alert-success")).hasText("Het traject is afgerond.");
		assertThat(regional.getByText("Dit traject is afgerond. U kunt het alleen nog bekijken.")).isVisible();
		assertThat(regional.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Traject wijzigen")))
			.hasCount(0);
		assertAccessible(regional);
		regional.context().close();

		policymaker.reload();
		assertThat(policymaker.getByText("Dit traject is afgerond. U kunt het alleen nog bekijken.")).isVisible();
		policymaker.context().close();
	}

	@Test
	void listFiltersByRegionStatusAndCurrentStepWithAndWithoutJavaScript() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		this.trajectories.createRunning("JZ25", "Achterhoek loopt " + tag);
		this.trajectories.create("JZ25", "Achterhoek concept " + tag);
		logIn(national.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten?regio=JZ25");
		assertThat(this.page.getByText("Achterhoek loopt " + tag)).isVisible();
		assertThat(this.page.getByText("Achterhoek concept " + tag)).isVisible();

		// With JavaScript, htmx swaps only the results when a filter changes.
		this.page.getByLabel("Huidige stap").selectOption("KICK_OFF");
		assertThat(this.page.getByText("Achterhoek concept " + tag)).hasCount(0);
		assertThat(this.page.getByText("Achterhoek loopt " + tag)).isVisible();
		assertThat(this.page).hasURL(Pattern.compile(".*stap=KICK_OFF.*"));
		assertAccessible();
		screenshot("trajectory-list");

		// Without JavaScript, the same filter is a plain form.
		Page plain = this.page.context()
			.browser()
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("nl-NL"))
			.newPage();
		logIn(plain, national.getUsername(), AccountFixtures.PASSWORD);
		plain.navigate(url("/trajecten?regio=JZ25"));
		plain.getByLabel("Status").selectOption("DRAFT");
		plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon trajecten")).click();
		assertThat(plain.getByText("Achterhoek concept " + tag)).isVisible();
		assertThat(plain.getByText("Achterhoek loopt " + tag)).hasCount(0);
		plain.context().close();
	}

	@Test
	void staleEditIsExplainedAndNotSaved() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		long id = this.trajectories.create("JZ34", "Twee tegelijk", coordinator.id());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + id + "/bewerken");

		Page colleague = newPerson();
		logIn(colleague, this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		colleague.navigate(url("/trajecten/" + id + "/bewerken"));
		colleague.getByLabel("Titel").fill("Titel van de collega");
		colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(colleague.getByRole(AriaRole.STATUS)).hasText("Het traject is opgeslagen.");
		colleague.context().close();

		this.page.getByLabel("Titel").fill("Mijn titel");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.containsText("Iemand anders heeft dit traject intussen gewijzigd");
		assertThat(this.page.getByLabel("Titel")).hasValue("Mijn titel");
		assertAccessible();
		open("/trajecten/" + id);
		assertThat(this.page.locator("h1")).hasText("Titel van de collega");
	}

	@Test
	void cancellingAsksFirstAndThenClosesTheTrajectory() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		long id = this.trajectories.createRunning("JZ34", "Gaat niet door", coordinator.id());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + id);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Traject annuleren")).click();
		assertThat(this.page.locator("h1")).hasText("Traject annuleren?");
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nee, terug naar het traject")).click();
		assertThat(this.page.getByText("Nu: Startbijeenkomst")).isVisible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Traject annuleren")).click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, annuleer het traject")).click();
		assertThat(this.page.locator(".alert-success")).hasText("Het traject is geannuleerd.");
		assertThat(this.page.getByText("Dit traject is geannuleerd. U kunt het alleen nog bekijken.")).isVisible();
	}

	private static Locator step(Page page, String action) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(action));
	}

}
