package nl.nvp.goedegesprek.project;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * National projects in a browser (issue 17): a national coordinator finds the list in the
 * menu, makes a project (a first try with mistakes: the summary takes the focus and leads
 * to the fields), lands on its page with the project card, and changes its settings; a
 * policymaker of a region it draws from reads it. Every page passes axe and reflows at
 * 320 and 1280 px.
 */
class ProjectBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private ProjectFixtures projects;

	@Test
	void aNationalCoordinatorMakesAProjectAndChangesItsSettingsAPolicymakerReadsIt() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String title = "Samenwerken binnen pleegzorg " + tag;
		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		open("/");
		this.page.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Landelijke projecten"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Landelijke projecten");
		assertAccessible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw landelijk project")).click();
		assertThat(this.page.getByLabel("Pleegouder", new Page.GetByLabelOptions().setExact(true))).isChecked();
		assertThat(this.page.getByLabel("Uit heel Nederland")).isChecked();
		assertAccessible();

		// Mistakes: the summary takes the focus and leads to the fields.
		this.page.getByLabel("Eerste dag").fill("2027-06-30");
		this.page.getByLabel("Laatste dag").fill("2026-09-01");
		this.page.getByLabel("Uit bepaalde regio's").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Project maken")).click();
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Titel");
		assertThat(summary).containsText("De laatste dag moet op of na de eerste dag liggen.");
		assertThat(summary).containsText("Kies minstens één regio, of kies voor heel Nederland.");
		assertThat(this.page.getByLabel("Eerste dag")).hasValue("2027-06-30");
		assertAccessible();
		summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Titel").setExact(false)).click();
		assertThat(this.page.getByLabel("Titel")).isFocused();

		this.page.getByLabel("Titel").fill(title);
		this.page.getByLabel("Doel van het project")
			.fill("Samen zien hoe de samenwerking rond een pleegkind beter kan.");
		this.page.getByLabel("Eerste dag").fill("2026-09-01");
		this.page.getByLabel("Laatste dag").fill("2027-06-30");
		this.page.getByLabel("Hoeveel dialogen wilt u houden?").fill("43");
		this.page.getByLabel("Rijk van Nijmegen").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Project maken")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Het landelijke project is gemaakt.");
		assertThat(this.page.locator("h1")).hasText(title);
		Locator card = this.page.locator(".project-card");
		assertThat(card).containsText("1 september 2026 – 30 juni 2027");
		assertThat(card).containsText("43 dialogen");
		assertThat(card).containsText("Pleegzorgbegeleider");
		assertThat(card).containsText("Rijk van Nijmegen");
		assertThat(this.page.getByText("Hierna: Aanmelden")).isVisible();
		assertAccessible();
		String projectUrl = this.page.url();

		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Projectinstellingen wijzigen")).click();
		assertThat(this.page.locator("h1")).hasText("Landelijk project wijzigen");
		assertAccessible();
		this.page.getByLabel("Hoeveel dialogen wilt u houden?").fill("45");
		this.page.getByLabel("Ouder van een pleegkind").uncheck();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Het landelijke project is opgeslagen.");
		assertThat(card).containsText("45 dialogen");
		assertThat(card).not().containsText("Ouder van een pleegkind");

		// A policymaker of the region reads it, in the list and on its page.
		Page policymaker = newPerson();
		logIn(policymaker, this.accounts.create(Role.POLICYMAKER, "JZ32").getUsername(), AccountFixtures.PASSWORD);
		policymaker.navigate(url("/projecten"));
		assertThat(policymaker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw landelijk project")))
			.hasCount(0);
		assertThat(policymaker.locator(".project-list")).containsText("45 dialogen");
		assertAccessible(policymaker);
		policymaker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(policymaker.getByText("U kunt dit traject bekijken, maar niet wijzigen.")).isVisible();
		assertThat(policymaker.locator(".project-card")).containsText("45 dialogen");
		assertThat(policymaker.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Projectinstellingen wijzigen")))
			.hasCount(0);
		assertAccessible(policymaker);
		assertThat(policymaker).hasURL(projectUrl);
		policymaker.context().close();
	}

	@Test
	void theOverviewListsTheProjectsApartFromTheRegions() {
		String title = "Landelijk overzicht " + UUID.randomUUID().toString().substring(0, 8);
		this.projects.create(title, Set.of());
		logIn(this.accounts.create(Role.POLICYMAKER, "JZ34").getUsername(), AccountFixtures.PASSWORD);
		open("/overzicht");
		Locator projects = this.page.locator(".overview-projects");
		assertThat(projects.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title))).isVisible();
		assertThat(projects.locator("tr", new Locator.LocatorOptions().setHasText(title)))
			.containsText("Heel Nederland");
		assertAccessible();
	}

}
