package nl.nvp.goedegesprek.project.placement;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.signup.SignUpFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Mailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator forms a dialogue's group in the browser: from the sign-ups to the
 * grouping page, the assistant's proposal, one person moved out by hand, the group
 * confirmed, and the member's mail with their place. Every page passes axe and the reflow
 * check at 320 and 1280 px.
 */
class GroupingBrowserTest extends BrowserTest {

	@Autowired
	private SignUpFixtures signUps;

	@Autowired
	private PlacementFixtures fixtures;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private Mailbox mailbox;

	@Test
	void theCoordinatorProposesMovesAndConfirmsAGroup() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long project = this.signUps.project("Groepen " + tag, Set.of()).id();
		this.fixtures.dialogue(project, "Maandag " + tag, PlacementFixtures.next(DayOfWeek.MONDAY),
				LocalTime.of(19, 30), false, 8, Map.of());
		String parent = "ouder-" + tag + "@test.example";
		this.fixtures.signUp(project, "Fenna " + tag, "fenna-" + tag + "@test.example", ParticipantRole.FOSTER_PARENT,
				"EITHER", null, DayOfWeek.MONDAY);
		this.fixtures.signUp(project, "Piet " + tag, "piet-" + tag + "@test.example", ParticipantRole.FOSTER_PARENT,
				"EITHER", null, DayOfWeek.MONDAY);
		this.fixtures.signUp(project, "Olga " + tag, parent, ParticipantRole.PARENT, "EITHER", null, DayOfWeek.MONDAY);
		this.fixtures.signUp(project, "Bram " + tag, "bram-" + tag + "@test.example",
				ParticipantRole.FOSTER_CARE_WORKER, "EITHER", null, DayOfWeek.MONDAY);
		this.fixtures.signUp(project, "Jet " + tag, "jet-" + tag + "@test.example",
				ParticipantRole.CHILD_PROTECTION_WORKER, "EITHER", null, DayOfWeek.MONDAY);

		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		logIn(national.getUsername(), AccountFixtures.PASSWORD);
		open("/projecten/" + project + "/aanmeldingen");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Groepen indelen")).click();
		assertThat(this.page.locator("h1")).hasText("Groepen indelen");
		assertThat(this.page.locator("main")).containsText("Niet ingedeeld (5)");
		assertAccessible();

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maak een voorstel")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Het voorstel staat klaar");
		assertThat(this.page.locator(".dialogue-group")).containsText("Alle rollen zijn er.");
		assertThat(this.page.locator(".dialogue-group")).containsText("Piet " + tag);
		assertAccessible();

		// The in-person dialogue gets a region through its form.
		assertThat(this.page.locator(".dialogue-group")).containsText("Regio nog niet gekozen");
		this.page.locator(".dialogue-group select[name=regionCode]").selectOption("JZ32");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regio opslaan")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("De regio is opgeslagen.");
		assertThat(this.page.locator(".dialogue-group .dialogue-region")).containsText("Regio: Rijk van Nijmegen.");
		assertThat(this.page.locator(".dialogue-group select[name=regionCode]")).hasValue("JZ32");
		assertAccessible();

		// Piet goes back to not placed by hand.
		this.page.getByLabel("Verplaats Piet " + tag + " naar").selectOption("");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verplaatsen: Piet " + tag)).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("De persoon is verplaatst.");
		assertThat(this.page.locator(".unplaced")).containsText("Piet " + tag);
		assertThat(this.page.locator(".dialogue-group")).not().containsText("Piet " + tag);

		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestig deze groep (4)").setExact(false))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("De groep is bevestigd.");
		assertThat(this.page.locator(".dialogue-group")).containsText("Bevestigd");
		assertAccessible();

		assertThat(Mailbox.subject(this.mailbox.latest(parent, 1))).contains("Maandag " + tag);
		assertThat(Mailbox.text(this.mailbox.latest(parent, 1))).contains("/aanmelding/");
	}

}
