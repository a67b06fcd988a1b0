package nl.nvp.goedegesprek.project.advice;

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
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A project's advice in a browser (issue 17): a coordinator goes from the Advies step to
 * the list, starts an advice on a theme (the dialogues in which it came up are ticked),
 * sends it with a mistake (the summary takes the focus and leads to the field), saves it
 * and finds it in the list. Every page passes axe and reflows at 320 and 1280 px.
 */
class AdviceBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private ProjectFixtures projects;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private AdviceFixtures advice;

	@Test
	void aCoordinatorWritesAdviceOnATheme() {
		AccountPrincipal coordinator = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = this.projects.create("Advies " + UUID.randomUUID().toString().substring(0, 8), Set.of(),
				coordinator.id());
		long theme = this.advice.theme(id, "Rollen en taken");
		long came = this.meetings.createDialogue(id, "Dialoog 1", 8, Map.of()).id();
		long other = this.meetings.createDialogue(id, "Dialoog 2", 8, Map.of()).id();
		this.advice.codedRemark(id, came, theme, "Niemand wist wie wat deed.");
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + id);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Advies per thema")).click();
		assertThat(this.page.locator("h1")).containsText("Advies:");
		assertAccessible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Advies schrijven over Rollen en taken"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Nieuw advies");
		assertThat(this.page.locator("#dialogue-" + came)).isChecked();
		assertThat(this.page.locator("#dialogue-" + other)).not().isChecked();
		assertAccessible();

		// A mistake: the summary takes the focus and leads to the field.
		this.page.getByLabel("Titel").fill("");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Advies opslaan")).click();
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Titel");
		assertThat(summary).containsText("Advies");
		assertAccessible();
		summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Titel").setExact(false)).click();
		assertThat(this.page.getByLabel("Titel")).isFocused();

		this.page.getByLabel("Titel").fill("Een startgesprek met iedereen");
		this.page.getByLabel("Advies", new Page.GetByLabelOptions().setExact(true))
			.fill("Bespreek voor de plaatsing wie wat doet, en leg het vast in het hulpverleningsplan.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Advies opslaan")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Het advies is opgeslagen.");
		Locator list = this.page.locator(".advice-list");
		assertThat(list).containsText("Een startgesprek met iedereen");
		assertThat(list).containsText("1 dialoog");
		assertAccessible();

		list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Een startgesprek met iedereen")).click();
		assertThat(this.page.locator("h1")).hasText("Advies wijzigen");
		assertAccessible();
	}

}
