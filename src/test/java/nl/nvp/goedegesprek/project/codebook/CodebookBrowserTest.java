package nl.nvp.goedegesprek.project.codebook;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The codebook, the coding and the analysis in a browser (issue 17, decision 47): a
 * coordinator reaches the codebook from the project's analysis step, makes a mistake in
 * the form (the summary takes the focus and leads to the field), adds a theme and takes
 * over the national ones, codes a remark (htmx swaps the row), and reads the analysis; a
 * policymaker reads the codebook and the analysis. Every page passes axe and reflows at
 * 320 and 1280 px.
 */
class CodebookBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private ProjectFixtures projects;

	@Autowired
	private CodebookFixtures codebook;

	@Test
	void aCoordinatorKeepsTheCodebookCodesARemarkAndReadsTheAnalysis() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		String title = "Codeboek in de browser " + UUID.randomUUID().toString().substring(0, 8);
		long id = this.projects.create(title, Set.of("JZ32"), coordinator.id());
		long big = this.codebook.theme(id, "Verwachtingsmanagement");
		for (int i = 0; i < 5; i++) {
			long dialogue = this.codebook.dialogue(id, "Dialoog " + i, i + 1);
			for (int j = 0; j < 2; j++) {
				this.codebook
					.code(this.codebook.remark(id, dialogue, "CAN_BE_BETTER", "FOSTER_PARENT", "Beter " + i + j), big);
			}
			this.codebook.code(this.codebook.remark(id, dialogue, "QUOTE", "PARENT", "Zeg wat je gaat doen " + i), big);
		}
		long dialogue = this.codebook.dialogue(id, "Dialoog in Zwolle", 10);
		this.codebook.remark(id, dialogue, "IDEA", null, "Een vast aanspreekpunt voor ouders");

		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + id);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Codeboek").setExact(true)).click();
		assertThat(this.page.locator("h1")).hasText("Codeboek");
		assertThat(this.page.locator("tr[data-theme='Verwachtingsmanagement']")).containsText("15");
		assertAccessible();

		// A mistake: the summary takes the focus and leads to the field.
		this.page.getByLabel("Wat valt onder dit thema?").fill("Wie doet wat in het gezin");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thema toevoegen")).click();
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Naam van het thema");
		assertThat(this.page.getByLabel("Wat valt onder dit thema?")).hasValue("Wie doet wat in het gezin");
		assertAccessible();
		summary.getByRole(AriaRole.LINK).first().click();
		assertThat(this.page.getByLabel("Naam van het thema")).isFocused();
		this.page.getByLabel("Naam van het thema").fill("Rol- en taakverdeling");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thema toevoegen")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Het thema is toegevoegd.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Landelijke thema's overnemen"))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("De landelijke thema's zijn toegevoegd.");
		assertThat(this.page.locator("tr[data-theme='Transparantie']")).isVisible();
		assertAccessible();

		// Coding: the newest remark first; htmx swaps its row.
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opmerkingen coderen")).first().click();
		assertThat(this.page.locator("h1")).hasText("Opmerkingen coderen");
		this.page.getByLabel("Alleen opmerkingen zonder thema").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filteren")).click();
		Locator remark = this.page.locator("li.card", new Page.LocatorOptions().setHasText("Een vast aanspreekpunt"));
		assertThat(remark).hasCount(1);
		assertAccessible();
		remark.getByLabel("Rol- en taakverdeling", new Locator.GetByLabelOptions().setExact(true)).check();
		remark.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thema's opslaan")).click();
		Locator swapped = this.page.locator("li.card", new Page.LocatorOptions().setHasText("Een vast aanspreekpunt"));
		assertThat(swapped.getByRole(AriaRole.STATUS)).hasText("De thema's zijn opgeslagen.");
		assertThat(swapped.getByLabel("Rol- en taakverdeling", new Locator.GetByLabelOptions().setExact(true)))
			.isChecked();
		assertAccessible();

		// The analysis: the big theme with its quotes, the new one small.
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Analyse per thema")).click();
		Locator theme = this.page.locator("section[data-theme='Verwachtingsmanagement']");
		assertThat(theme).containsText("Kwam voor in 5 dialogen.");
		assertThat(theme).containsText("Zeg wat je gaat doen 0");
		assertThat(this.page.locator("section[data-theme='Rol- en taakverdeling']"))
			.containsText("Kwam in minder dan 5 dialogen voor.");
		assertAccessible();

		// A policymaker of the region reads the codebook and the analysis.
		Page policymaker = newPerson();
		logIn(policymaker, this.accounts.create(Role.POLICYMAKER, "JZ32").getUsername(), AccountFixtures.PASSWORD);
		policymaker.navigate(url("/trajecten/" + id + "/codeboek"));
		assertThat(policymaker.getByText("Alleen de coördinatoren van het project kunnen het wijzigen.",
				new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		assertThat(policymaker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thema toevoegen")))
			.hasCount(0);
		assertAccessible(policymaker);
		policymaker.navigate(url("/trajecten/" + id + "/analyse"));
		assertThat(policymaker.locator("h1")).hasText("Analyse per thema");
		assertAccessible(policymaker);
		policymaker.context().close();
	}

}
