package nl.nvp.goedegesprek.actionplan.followup;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ActionFollowUpBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionReminders reminders;

	@Autowired
	private Mailbox mailbox;

	@Test
	void ownersAreRemindedOnceAndReportProgressThroughTheirLink() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ22");
		long trajectory = this.trajectories.createRunning("JZ22", "Opvolging Zuid", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Verwachtingsmanagement").get(0);
		String late = "te.laat." + System.nanoTime() + "@gemeente.example";
		String soon = "bijna." + System.nanoTime() + "@gemeente.example";
		String later = "later." + System.nanoTime() + "@gemeente.example";
		this.actionPlan.actionWithContact(trajectory, coordinator, topic, "Informatieavond voor nieuwe pleegouders",
				TestClock.today().minusDays(2), late);
		this.actionPlan.actionWithContact(trajectory, coordinator, topic, "Folder over verwachtingen",
				TestClock.today().plusDays(5), soon);
		this.actionPlan.actionWithContact(trajectory, coordinator, topic, "Evaluatie na een jaar",
				TestClock.today().plusMonths(6), later);

		// Two runs at once (two instances): each owner is reminded once.
		CompletableFuture<Void> first = CompletableFuture.runAsync(this.reminders::sendDue);
		CompletableFuture<Void> second = CompletableFuture.runAsync(this.reminders::sendDue);
		CompletableFuture.allOf(first, second).join();
		this.reminders.sendDue();
		MimeMessage overdue = this.mailbox.latest(late, 1);
		assertThat(Mailbox.subject(overdue)).contains("de deadline is voorbij");
		assertThat(Mailbox.subject(this.mailbox.latest(soon, 1))).contains("de deadline is bijna");
		assertThat(this.mailbox.to(late)).hasSize(1);
		assertThat(this.mailbox.to(soon)).hasSize(1);
		assertThat(this.mailbox.to(later)).isEmpty();

		// The owner reports progress through the link in the mail, without an account.
		Matcher link = Pattern.compile("/voortgang/[A-Za-z0-9_-]+").matcher(Mailbox.text(overdue));
		assertThat(link.find()).isTrue();
		open(link.group());
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Informatieavond voor nieuwe pleegouders")))
			.isVisible();
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voortgang melden")).click();
		assertThat(this.page.locator("#text-error")).hasText("Vul dit veld in.");
		assertAccessible();
		this.page.getByLabel("Wat is er gebeurd?").fill("De avond is gepland op 12 maart.");
		this.page.getByLabel("In uitvoering").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voortgang melden")).click();
		assertThat(this.page.locator(".alert-success")).hasText("Dank u wel. Uw voortgang is opgeslagen.");
		assertThat(this.page.locator(".progress-list")).containsText("De avond is gepland op 12 maart.");

		// The coordinator sees it, with the actions' progress over time.
		Page coordinatorPage = newPerson();
		logIn(coordinatorPage, coordinator.getUsername(), AccountFixtures.PASSWORD);
		coordinatorPage.navigate(url("/trajecten/" + trajectory));
		assertThat(coordinatorPage.locator(".follow-up")).containsText("0 van 3 acties afgerond");
		assertThat(coordinatorPage.locator(".follow-up")).containsText("1 actie is over de deadline");
		assertThat(coordinatorPage.locator(".follow-up svg rect")).not().hasCount(0);
		assertAccessible(coordinatorPage);
		coordinatorPage.navigate(url("/trajecten/" + trajectory + "/acties"));
		assertThat(coordinatorPage.locator("svg.progress-chart rect")).not().hasCount(0);
		assertThat(coordinatorPage.locator("#progress-table-caption")).isVisible();
		assertThat(coordinatorPage.getByText("1 actie is over de deadline")).isVisible();
		assertAccessible(coordinatorPage);
		coordinatorPage
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Informatieavond voor nieuwe pleegouders"))
			.click();
		assertThat(coordinatorPage.locator(".progress-list")).containsText("De avond is gepland op 12 maart.");
		assertThat(coordinatorPage.getByText("In uitvoering")).isVisible();
		// A new link replaces the one in the reminder.
		coordinatorPage
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Voortganglink mailen naar de contactpersoon"))
			.click();
		assertThat(coordinatorPage.locator(".alert-success")).hasText("De link is gemaild naar de contactpersoon.");
		this.mailbox.await(late, 2);
		coordinatorPage.context().close();
		this.page.reload();
		assertThat(this.page.getByText("Pagina niet gevonden")).isVisible();
	}

}
