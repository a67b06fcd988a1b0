package nl.nvp.goedegesprek.meeting.evaluation;

import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class EvaluationBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Test
	void participantsEvaluateAMeetingAndTheCoordinatorSeesTheResults() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ24");
		long trajectory = this.trajectories.createRunning("JZ24", "Evaluatie", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Dialoog gisteren", 30, Map.of(),
				TestClock.today().minusDays(1));
		String token = this.meetings.confirmedToken(meeting.id(), "Kim", ParticipantRole.FOSTER_CHILD);
		String other = this.meetings.confirmedToken(meeting.id(), "Jan", ParticipantRole.FOSTER_PARENT);

		open("/aanmelding/" + token);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vertel hoe je de bijeenkomst vond"))
			.click();
		assertAccessible();
		this.page.getByLabel("Een zin die we mogen citeren")
			.fill("Ik kwam meer dingen te weten en kon mijn stem laten horen.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		assertThat(this.page.locator("#score-error")).isVisible();
		assertThat(this.page.locator("#quoteConsent-error")).hasText("Geef toestemming, of laat het citaat leeg.");
		assertThat(this.page.getByLabel("Een zin die we mogen citeren"))
			.hasValue("Ik kwam meer dingen te weten en kon mijn stem laten horen.");
		assertAccessible();
		this.page.getByLabel("5 – Heel goed").check();
		this.page.getByLabel("Ik geef toestemming").check();
		this.page.getByLabel("Wat heb je geleerd of onthouden?").fill("Dat ouders ook willen meepraten.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		assertThat(this.page.locator(".alert-success")).hasText("Dank je wel! Je antwoorden zijn opgeslagen.");
		assertThat(this.page.getByLabel("5 – Heel goed")).isChecked();

		Page second = newPerson();
		second.navigate(url("/aanmelding/" + other + "/evaluatie"));
		// The whole row is the target (WCAG 2.5.8): a tap at its far end, away from the
		// radio button and its text, chooses it.
		Locator three = second.locator(".form-check",
				new Page.LocatorOptions().setHas(second.getByLabel("3 – Voldoende")));
		BoundingBox row = three.boundingBox();
		three.click(new Locator.ClickOptions().setPosition(row.width - 5, row.height / 2));
		assertThat(second.getByLabel("3 – Voldoende")).isChecked();
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		assertThat(second.locator(".alert-success")).isVisible();
		second.context().close();

		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/bijeenkomsten/" + meeting.id());
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluaties")).click();
		assertThat(this.page.getByText("2 evaluaties")).isVisible();
		assertThat(this.page.getByText("Gemiddeld cijfer: 4,0")).isVisible();
		assertThat(this.page.locator("figure.quote")).containsText("Ik kwam meer dingen te weten");
		assertThat(this.page.locator("figure.quote")).containsText("Pleegkind");
		assertThat(this.page.getByText("Kim")).hasCount(0);
		assertAccessible();
	}

	@Test
	void aCoordinatorPublishesAQuoteAndTheParticipantTakesItBack() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ24");
		long trajectory = this.trajectories.createRunning("JZ24", "Citaten", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Dialoog gisteren", 30, Map.of(),
				TestClock.today().minusDays(1));
		MeetingFixtures.Quoted child = this.meetings.quoted(meeting.id(), "Kim", ParticipantRole.FOSTER_CHILD,
				"Ik kwam meer dingen te weten en kon mijn stem laten horen.");
		this.meetings.quoted(meeting.id(), "Jan", ParticipantRole.FOSTER_PARENT, "Eindelijk aan één tafel.");

		// The participant sees how to take the quote back, and that it is not chosen yet.
		open("/aanmelding/" + child.token() + "/evaluatie");
		assertThat(this.page.locator(".my-quote")).containsText("Deze zin staat nog niet op onze pagina's.");
		assertThat(this.page.locator("#quoteConsent-hint")).containsText("Wil je je zin later toch weghalen?");
		assertAccessible();

		Page coordinatorPage = newPerson();
		logIn(coordinatorPage, coordinator.getUsername(), AccountFixtures.PASSWORD);
		coordinatorPage.navigate(url("/bijeenkomsten/" + meeting.id() + "/evaluaties"));
		Locator kim = coordinatorPage.locator(".quote-choice",
				new Page.LocatorOptions().setHasText("stem laten horen"));
		assertThat(kim.locator(".quote-state")).hasText("Niet gepubliceerd");
		kim.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publiceren")).click();
		assertThat(coordinatorPage.locator(".alert-success")).hasText("Het citaat staat nu op de openbare pagina's.");
		assertThat(kim.locator(".quote-state")).containsText("Gepubliceerd op");
		assertThat(coordinatorPage.locator(".quote-preview .published-quote")).hasCount(1);
		assertThat(coordinatorPage.locator(".quote-preview figcaption")).hasText("(pleegkind)");
		assertAccessible(coordinatorPage);

		this.page.reload();
		assertThat(this.page.locator(".my-quote"))
			.containsText("We laten deze zin zien op onze pagina's voor iedereen.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Haal mijn zin weg")).click();
		assertThat(this.page.locator(".alert-success")).hasText("Je zin is weggehaald. Hij staat nergens meer.");
		assertThat(this.page.locator(".my-quote")).hasCount(0);
		assertThat(this.page.getByLabel("Een zin die we mogen citeren")).hasValue("");
		assertAccessible();

		coordinatorPage.reload();
		assertThat(coordinatorPage.getByText("stem laten horen")).hasCount(0);
		assertThat(coordinatorPage.locator(".quote-preview")).containsText("Nog geen citaten gekozen.");
		coordinatorPage.context().close();
	}

}
