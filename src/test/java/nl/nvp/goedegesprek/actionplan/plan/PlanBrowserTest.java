package nl.nvp.goedegesprek.actionplan.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class PlanBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private Mailbox mailbox;

	@Test
	void planGoesForReviewIsEndorsedByAPolicymakerAndAdopted() throws IOException {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ20");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ20");
		long trajectory = this.trajectories.createRunning("JZ20", "Actieplan Twente", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Positie van ouders").get(0);
		long startwijzer = this.actionPlan.action(trajectory, coordinator, topic, "Startwijzer voor ouders",
				TestClock.today().plusMonths(4));
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + trajectory);
		link("Actieplan").click();
		assertThat(this.page.getByText("Er is nog geen versie")).isVisible();
		assertAccessible();
		this.page.getByLabel("Inleiding").fill("Samen met ouders en pleegouders maakten we dit plan.");
		this.page.getByLabel("Het vastgestelde plan is een openbare pagina").check();
		button("Opslaan").click();
		assertThat(this.page.locator(".alert-success")).hasText("Het actieplan is opgeslagen.");
		button("Ter review sturen").click();
		assertThat(this.page.locator(".alert-success")).containsText("ter review gestuurd");
		MimeMessage invitation = this.mailbox.latest(policymaker.getUsername(), 1);
		assertThat(Mailbox.subject(invitation)).contains("Actieplan Twente");
		assertThat(Mailbox.text(invitation)).contains("/trajecten/" + trajectory + "/actieplan");

		// The policymaker comments on an action and asks for changes.
		Page reviewer = newPerson();
		logIn(reviewer, policymaker.getUsername(), AccountFixtures.PASSWORD);
		reviewer.navigate(url("/trajecten/" + trajectory + "/actieplan"));
		reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Versie 1")).click();
		assertAccessible(reviewer);
		Locator action = reviewer.locator(".plan-action[data-action='" + startwijzer + "']");
		action.getByLabel("Uw reactie op deze actie").fill("Betrek ook de gemeenten bij de startwijzer.");
		action.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reageren op deze actie")).click();
		assertThat(reviewer.locator(".alert-success")).hasText("Uw reactie is opgeslagen.");
		reviewer.getByLabel("Er moet iets veranderen").check();
		reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oordeel geven")).click();
		assertThat(reviewer.locator(".plan-verdicts")).containsText("vraagt om wijzigingen");

		// The coordinator answers, changes the action and sends a second version.
		open("/trajecten/" + trajectory + "/actieplan");
		link("Versie 1").click();
		this.page.getByLabel("Antwoord van de coördinator").fill("Goed punt: de gemeenten schuiven aan.");
		button("Antwoorden aan " + policymaker.displayName()).click();
		assertThat(this.page.locator(".reply")).containsText("de gemeenten schuiven aan");
		assertAccessible();
		open("/trajecten/" + trajectory + "/acties/" + startwijzer + "/bewerken");
		this.page.getByLabel("Actiehouder (organisatie)").fill("NVP en gemeenten");
		button("Opslaan").click();
		open("/trajecten/" + trajectory + "/actieplan");
		button("Ter review sturen").click();
		link("Versie 2").click();
		assertThat(this.page.locator(".plan-changes")).containsText("Gewijzigd: Startwijzer voor ouders");
		assertThat(this.page.locator(".plan-changes")).containsText("Actiehouder");
		assertAccessible();

		// The policymaker endorses version 2; the coordinator adopts it.
		reviewer.navigate(url("/trajecten/" + trajectory + "/actieplan"));
		reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Versie 2")).click();
		reviewer.getByLabel("Ik onderschrijf het plan").check();
		reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oordeel geven")).click();
		assertThat(reviewer.locator(".plan-verdicts")).containsText("onderschrijft het plan");
		reviewer.context().close();
		this.page.reload();
		button("Deze versie vaststellen").click();
		assertThat(this.page.locator(".alert-success")).hasText("Het actieplan is vastgesteld.");
		// Version 1 stays in the history with its comment.
		open("/trajecten/" + trajectory + "/actieplan");
		assertThat(this.page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Versie 1")))
			.containsText("Vervangen");

		Download download = this.page.waitForDownload(() -> link("Actieplan downloaden (PDF)").click());
		byte[] pdf = Files.readAllBytes(download.path());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Actieplan", "Actieplan Twente", "Versie 2", "Vastgesteld", "Positie van ouders",
					"Startwijzer voor ouders", "NVP en gemeenten",
					"Samen met ouders en pleegouders maakten we dit plan.");
		}

		// The adopted plan is a public page, without logging in.
		String publicLink = this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("openen"))
			.getAttribute("href");
		Page anyone = newPerson();
		anyone.navigate(url(publicLink));
		assertThat(anyone.getByText("Startwijzer voor ouders")).isVisible();
		assertThat(anyone.getByText("Versie 2, vastgesteld op")).isVisible();
		assertAccessible(anyone);
		anyone.context().close();
	}

	/**
	 * An action past its deadline and not finished says "Te laat" in words, on the public
	 * page and on the coordinators' plan page (issue 14); its status now counts, not the
	 * one in the adopted version.
	 */
	@Test
	void anActionPastItsDeadlineSaysItIsLateOnThePublicAndTheInternalPlan() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ20");
		long trajectory = this.trajectories.createRunning("JZ20", "Actieplan met een late actie", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Positie van ouders").get(0);
		LocalDate today = TestClock.today();
		long late = this.actionPlan.action(trajectory, coordinator, topic, "Respijtzorg vindbaar maken",
				today.minusDays(3));
		long onTime = this.actionPlan.action(trajectory, coordinator, topic, "Folder voor pleegouders",
				today.plusMonths(2));
		long finished = this.actionPlan.action(trajectory, coordinator, topic, "Inloopavond houden",
				today.minusDays(10));
		long dueToday = this.actionPlan.action(trajectory, coordinator, topic, "Website bijwerken", today);
		String publicLink = this.actionPlan.adoptPublicPlan(trajectory, coordinator);
		this.actionPlan.status(finished, ActionStatus.DONE);

		open(publicLink);
		assertThat(action(late)).containsText("Te laat: de deadline is voorbij en de actie is nog niet af.");
		assertThat(action(late)).containsText("uiterlijk klaar op");
		for (long notLate : new long[] { onTime, finished, dueToday }) {
			assertThat(action(notLate)).not().containsText("Te laat");
		}
		assertAccessible();

		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + trajectory + "/actieplan");
		assertThat(action(late)).containsText("Te laat");
		assertThat(action(finished)).not().containsText("Te laat");
		assertThat(action(onTime)).not().containsText("Te laat");
		assertAccessible();
	}

	private Locator action(long id) {
		return this.page.locator(".plan-action[data-action='" + id + "']");
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
