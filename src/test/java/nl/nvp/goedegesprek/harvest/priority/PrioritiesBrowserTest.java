package nl.nvp.goedegesprek.harvest.priority;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class PrioritiesBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private HarvestFixtures harvest;

	@Test
	void participantsPrioritiseIdeasThroughTheirLinkAndCoordinatorsAddPaperDots() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ23");
		long trajectory = this.trajectories.createRunning("JZ23", "Prioriteren", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Perspectiefbepaling").get(0);
		for (String idea : new String[] { "Perspectief binnen een half jaar", "Ouders aan tafel bij het besluit",
				"Een vaste contactpersoon", "Uitleg in gewone taal" }) {
			this.harvest.harvest(trajectory, coordinator, topic, HarvestKind.IDEA, idea);
		}
		MeetingFixtures.Created meeting = this.meetings.createSecondDialogue(trajectory, "Dialoog 2");
		String token = this.meetings.confirmedToken(meeting.id(), "Sanne", ParticipantRole.FOSTER_PARENT);

		// Through the personal link of the registration.
		open("/aanmelding/" + token);
		this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Kies de ideeën die u het belangrijkst vindt"))
			.click();
		assertAccessible();
		for (String idea : new String[] { "Perspectief binnen een half jaar", "Ouders aan tafel bij het besluit",
				"Een vaste contactpersoon", "Uitleg in gewone taal" }) {
			this.page.getByLabel(idea).check();
		}
		button("Mijn keuze opslaan").click();
		assertThat(this.page.locator(".error-summary")).containsText("Kies hoogstens 3 ideeën.");
		assertThat(this.page.getByLabel("Uitleg in gewone taal")).isChecked();
		assertAccessible();
		this.page.getByLabel("Uitleg in gewone taal").uncheck();
		this.page.getByLabel("Een vaste contactpersoon").uncheck();
		button("Mijn keuze opslaan").click();
		assertThat(this.page.locator(".alert-success")).hasText("Uw keuze is opgeslagen. Dank u wel!");
		assertThat(this.page.getByLabel("Ouders aan tafel bij het besluit")).isChecked();

		// The coordinator adds the dots from the paper round; the result is per topic.
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + trajectory + "/prioriteiten");
		assertAccessible();
		this.page.getByLabel("Stippen op papier voor „Ouders aan tafel bij het besluit”").fill("7");
		this.page.getByLabel("Stippen op papier voor „Een vaste contactpersoon”").fill("2");
		button("Stippen op papier opslaan").click();
		assertThat(this.page.locator(".alert-success")).hasText("De stippen zijn opgeslagen.");
		Locator rows = this.page.locator("tbody tr");
		assertThat(rows.first()).hasAttribute("data-idea", "Ouders aan tafel bij het besluit");
		assertThat(rows.first()).containsText("8");
		assertThat(rows.nth(1)).hasAttribute("data-idea", "Een vaste contactpersoon");
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
