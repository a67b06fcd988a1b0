package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coordinator plans a series of dialogues from the trajectory's page (a first try with
 * a row without a place is refused at that row), sees them all with how full they are,
 * and copies one to plan the next (issue 17).
 */
class MeetingSeriesBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@Test
	void coordinatorPlansASeriesSeesThemAllAndCopiesOne() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Dialogen Nijmegen", coordinator.id());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		LocalDate day = TestClock.today().plusWeeks(3);

		open("/trajecten/" + trajectory);
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reeks plannen")).click();
		assertThat(this.page.locator("h1")).hasText("Een reeks bijeenkomsten plannen");
		assertThat(this.page.locator(".series-row")).hasCount(20);
		assertAccessible();
		this.page.getByLabel("Titel").fill("Dialoog");
		this.page.getByLabel("Soort bijeenkomst").selectOption("DIALOGUE_SESSION");
		this.page.getByLabel("Duur in minuten").fill("90");
		this.page.getByLabel("Aantal plaatsen").fill("8");
		this.page.locator("#quota-FOSTER_PARENT").fill("2");
		this.page.locator("#quota-PARENT").fill("2");
		this.page.getByLabel("Datum van rij 1", EXACT).fill(day.toString());
		this.page.getByLabel("Begintijd van rij 1", EXACT).fill("19:30");
		this.page.getByLabel("Adres van rij 1", EXACT).fill("Wijkcentrum De Brakkenstein, Nijmegen");
		this.page.getByLabel("Datum van rij 2", EXACT).fill(day.plusDays(7).toString());
		this.page.getByLabel("Begintijd van rij 2", EXACT).fill("10:00");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomsten plannen")).click();

		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Adres van rij 2: Vul een adres in, of een link voor een online bijeenkomst.");
		assertThat(this.page.getByLabel("Adres van rij 1", EXACT)).hasValue("Wijkcentrum De Brakkenstein, Nijmegen");
		assertAccessible();
		summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Adres van rij 2").setExact(false))
			.click();
		assertThat(this.page.getByLabel("Adres van rij 2", EXACT)).isFocused();
		this.page.getByLabel("Of: link voor online van rij 2", EXACT).fill("https://meet.example/dialoog");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomsten plannen")).click();

		// All meetings of the trajectory, with how full they are.
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("2 bijeenkomsten gepland.");
		assertThat(this.page.locator("h1")).hasText("Alle bijeenkomsten");
		Locator rows = this.page.locator(".meeting-overview tbody tr");
		assertThat(rows).hasCount(2);
		assertThat(rows.nth(0)).containsText("Dialoog 1");
		assertThat(rows.nth(0)).containsText("Wijkcentrum De Brakkenstein, Nijmegen");
		assertThat(rows.nth(0)).containsText("Pleegouder: 0 van 2");
		assertThat(rows.nth(1)).containsText("Dialoog 2");
		assertThat(rows.nth(1)).containsText("Online");
		assertThat(rows.nth(1).locator(".meeting-status")).hasText("Gepland");
		assertAccessible();

		// Copy the second to plan the next one.
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dialoog 2")).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kopiëren")).click();
		assertThat(this.page.locator(".copied-from")).containsText("Dialoog 2");
		assertThat(this.page.getByLabel("Titel")).hasValue("Dialoog 2");
		assertThat(this.page.getByLabel("Datum")).hasValue("");
		assertThat(this.page.getByLabel("Begintijd")).hasValue("10:00");
		assertThat(this.page.getByLabel("Eindtijd")).hasValue("11:30");
		assertThat(this.page.locator("#online")).isChecked();
		assertThat(this.page.locator("#quota-PARENT")).hasValue("2");
		assertAccessible();
		this.page.getByLabel("Titel").fill("Dialoog 3");
		this.page.getByLabel("Datum").fill(day.plusDays(14).toString());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
		assertThat(this.page.locator(".alert-success")).hasText("De bijeenkomst is gepland.");
		assertThat(this.page.locator("h1")).hasText("Dialoog 3");

		// The trajectory's meeting card leads to all of them.
		open("/trajecten/" + trajectory);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle bijeenkomsten")).click();
		assertThat(this.page.locator(".meeting-overview tbody tr")).hasCount(3);
		assertAccessible();

		// A step that holds many meetings lists them all, each link a target of its own.
		open("/trajecten/" + trajectory);
		assertThat(this.page.locator(".step-links a", new Page.LocatorOptions().setHasText("Bijeenkomst van")))
			.hasCount(3);
		assertAccessible();
	}

}
