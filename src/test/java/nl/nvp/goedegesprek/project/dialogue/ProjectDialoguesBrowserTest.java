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
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * All dialogues of a national project in a browser (issue 17): a coordinator goes from
 * the project page's Dialogues step ("Alle 6 dialogen") to the page, sees each dialogue's
 * fill and report and goes on to a dialogue's report; a policymaker of the region reads
 * the page; a facilitator who changes a remark in two tabs is told in the second. Every
 * page passes axe (WCAG 2.2 AA) and does not scroll sideways at 320 and 1280 px.
 */
class ProjectDialoguesBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private ProjectFixtures projects;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aCoordinatorFollowsAllDialoguesAndAPolicymakerReadsThem() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long project = this.projects.create("Dialogen in de browser " + UUID.randomUUID().toString().substring(0, 8),
				Set.of("JZ32"), coordinator.id());
		long first = 0;
		for (int i = 0; i < 6; i++) {
			long dialogue = this.meetings
				.createDialogue(project, "Dialoog " + (i + 1), 8,
						Map.of(ParticipantRole.FOSTER_PARENT, 2, ParticipantRole.FOSTER_CARE_WORKER, 2),
						TestClock.today().plusDays(7 + i))
				.id();
			this.meetings.confirmed(dialogue, "Deelnemer " + i, ParticipantRole.FOSTER_PARENT);
			if (i == 0) {
				first = dialogue;
				String token = FacilitatorLinkFixture.link(this.jdbc, project, dialogue, "Gespreksleider");
				FacilitatorLinkFixture.remark(this.jdbc, token, "IDEA", "Een vast aanspreekpunt");
			}
		}

		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + project);
		assertThat(this.page.locator(".planned-dialogues")).hasText("6 van 43 dialogen gepland");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle 6 dialogen")).click();
		assertThat(this.page.locator("h1")).hasText("Dialogen");
		assertThat(this.page.locator(".dialogues-planned")).hasText("6 dialogen gepland");
		Locator row = this.page.locator("#dialogue-" + first);
		assertThat(row).containsText("Pleegouder: 1 van 2");
		assertThat(row).containsText("Link voor de gespreksleider werkt");
		assertThat(row).containsText("1 opmerking");
		assertAccessible();
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Verslag en links")).click();
		assertThat(this.page.locator("h1")).hasText("Verslag van de dialoog");
		assertThat(this.page.getByText("Een vast aanspreekpunt")).isVisible();

		Page policymaker = newPerson();
		logIn(policymaker, this.accounts.create(Role.POLICYMAKER, "JZ32").getUsername(), AccountFixtures.PASSWORD);
		policymaker.navigate(url("/projecten/" + project + "/dialogen"));
		assertThat(policymaker.locator("#dialogue-" + first)).containsText("1 opmerking");
		assertThat(policymaker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verslag en links")))
			.hasCount(0);
		assertAccessible(policymaker);
		policymaker.context().close();
	}

	@Test
	void aRemarkChangedInTwoTabsIsNotLostUnseen() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long project = this.projects.create("Twee tabs " + UUID.randomUUID().toString().substring(0, 8), Set.of(),
				coordinator.id());
		long dialogue = this.meetings.createDialogue(project, "Dialoog", 8, Map.of()).id();
		String token = FacilitatorLinkFixture.link(this.jdbc, project, dialogue, "Gespreksleider");
		long remark = FacilitatorLinkFixture.remark(this.jdbc, token, "IDEA", "Eerste tekst");
		String path = "/gespreksleider/" + token + "/opmerkingen/" + remark;
		Page other = newPerson();
		other.navigate(url(path));
		open(path);
		this.page.getByLabel("Wat is er gezegd?").fill("Tekst uit de eerste tab");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijziging opslaan")).click();
		assertThat(this.page.getByText("De opmerking is gewijzigd.")).isVisible();

		other.getByLabel("Wat is er gezegd?").fill("Tekst uit de tweede tab");
		other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijziging opslaan")).click();
		Locator summary = other.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Iemand anders heeft deze opmerking net gewijzigd");
		assertThat(other.getByLabel("Wat is er gezegd?")).hasValue("Tekst uit de tweede tab");
		assertThat(other.locator(".stored-remark")).containsText("Tekst uit de eerste tab");
		assertAccessible(other);
		other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijziging opslaan")).click();
		assertThat(other.getByText("De opmerking is gewijzigd.")).isVisible();
		other.context().close();
	}

}
