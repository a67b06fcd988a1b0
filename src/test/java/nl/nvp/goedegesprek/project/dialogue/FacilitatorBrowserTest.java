package nl.nvp.goedegesprek.project.dialogue;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A dialogue's harvest in a browser (issue 17): a coordinator of the project makes the
 * facilitator's link (a first try without a name: the summary takes the focus and leads
 * to the field); the facilitator opens it on a phone and on a desktop, sends a quote
 * without role and consent (the summary leads to both fields), adds it properly, and
 * ticks who came; the coordinator reads the remark by kind. Every page passes axe and
 * reflows at 320 and 1280 px.
 */
class FacilitatorBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private ProjectFixtures projects;

	@Autowired
	private MeetingFixtures meetings;

	@Test
	void aCoordinatorMakesTheLinkAndTheFacilitatorRecordsTheDialogue() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long project = this.projects.create("Samen in gesprek " + UUID.randomUUID().toString().substring(0, 8),
				Set.of(), coordinator.id());
		long dialogue = this.meetings.createDialogue(project, "Dialoog Utrecht", 8, Map.of()).id();
		this.meetings.confirmed(dialogue, "Anna Jansen", ParticipantRole.FOSTER_PARENT);
		this.meetings.confirmed(dialogue, "Bram de Wit", ParticipantRole.CHILD_PROTECTION_WORKER);

		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/bijeenkomsten/" + dialogue + "/gespreksleider");
		assertThat(this.page.locator("h1")).hasText("Verslag van de dialoog");
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link maken")).click();
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertAccessible();
		summary.getByRole(AriaRole.LINK).first().click();
		assertThat(this.page.getByLabel("Voor wie")).isFocused();
		this.page.getByLabel("Voor wie").fill("Gespreksleider");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link maken")).click();
		assertThat(this.page.getByText("De link is gemaakt.")).isVisible();
		String link = this.page.locator("#facilitator-link").textContent().strip();
		assertThat(this.page.locator(".facilitator-link-row")).hasCount(1);
		assertAccessible();

		Page facilitator = newPerson();
		for (int width : new int[] { 320, 1280 }) {
			facilitator.setViewportSize(width, 800);
			facilitator.navigate(url(link.substring(link.indexOf("/gespreksleider/"))));
			assertThat(facilitator.locator("h1")).hasText("Verslag van de dialoog");
			assertThat(facilitator.getByText("Schrijf geen namen op")).isVisible();
			assertAccessible(facilitator);
		}
		facilitator.getByLabel("Citaat", new Page.GetByLabelOptions().setExact(true)).check();
		facilitator.getByLabel("Wat is er gezegd?").fill("Bel mij gewoon even op.");
		facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
		Locator errors = facilitator.locator(".error-summary");
		assertThat(errors).isFocused();
		assertThat(errors).containsText("Kies bij een citaat de rol van wie het zei.");
		assertThat(errors).containsText("alleen met toestemming");
		assertAccessible(facilitator);
		errors.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rol van wie het zei").setExact(false))
			.click();
		assertThat(facilitator.getByLabel("Rol van wie het zei")).isFocused();

		facilitator.getByLabel("Rol van wie het zei").selectOption("PARENT");
		facilitator.locator("#consent").check();
		facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
		assertThat(facilitator.getByText("De opmerking is toegevoegd.")).isVisible();
		assertThat(facilitator.locator(".dialogue-remarks")).containsText("Bel mij gewoon even op.");
		assertThat(facilitator.locator("#aanwezigheid")).not().containsText("Jansen");
		facilitator.getByLabel("Anna (Pleegouder)").check();
		facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanwezigheid opslaan")).click();
		assertThat(facilitator.getByText("De aanwezigheid is opgeslagen.")).isVisible();
		assertThat(facilitator.getByLabel("Anna (Pleegouder)")).isChecked();
		assertAccessible(facilitator);
		facilitator.context().close();

		open("/bijeenkomsten/" + dialogue + "/gespreksleider");
		assertThat(this.page.locator("#remark-list")).hasText("Opmerkingen (1)");
		assertThat(this.page.locator("main")).containsText("Bel mij gewoon even op.");
		assertAccessible();
	}

}
