package nl.nvp.goedegesprek.trajectory;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completing a step while a meeting of the step is yet to come or its survey is open asks
 * first, naming what still runs; a step with nothing running completes at once (issue
 * 15).
 */
class StepCompletionBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aStepWithAMeetingYetToComeOrAnOpenSurveyIsCompletedOnlyAfterConfirming() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Stappen Nijmegen", coordinator.id());
		long meeting = this.meetings.create(trajectory, "Startbijeenkomst Nijmegen", 20, Map.of()).id();
		this.jdbc.sql("update meeting set step = 'KICK_OFF' where id = ?").param(meeting).update();
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + trajectory);
		// Each step links to what belongs to it: the meeting of the step, the figures.
		String day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))
			.format(nl.nvp.goedegesprek.support.TestClock.today().plusMonths(1));
		assertThat(this.page.locator("tr")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Onderzoek: cijfers"))
			.getByRole(AriaRole.LINK)).hasText("Naar de cijfers");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bijeenkomst van " + day)).click();
		assertThat(this.page.locator("h1")).hasText("Startbijeenkomst Nijmegen");
		open("/trajecten/" + trajectory);

		button("Startbijeenkomst afronden").click();
		assertThat(this.page.locator("h1")).hasText("Startbijeenkomst afronden?");
		assertThat(this.page.locator(".open-work li")).hasCount(1);
		assertThat(this.page.locator(".open-work li")).containsText("Startbijeenkomst Nijmegen");
		assertAccessible();
		// Not confirmed: nothing changed.
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nee, terug naar het traject")).click();
		assertThat(this.trajectories.stepState(trajectory, "KICK_OFF")).isEqualTo("ACTIVE");
		button("Startbijeenkomst afronden").click();
		button("Ja, rond de stap toch af").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("De stap is afgerond.");
		assertThat(this.trajectories.stepState(trajectory, "KICK_OFF")).isEqualTo("DONE");

		// A step with nothing running completes at once.
		button("Onderzoek: cijfers starten").click();
		button("Onderzoek: cijfers afronden").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("De stap is afgerond.");

		// The experience survey is open.
		button("Onderzoek: beleving starten").click();
		this.research.openSurvey(trajectory, coordinator);
		open("/trajecten/" + trajectory);
		button("Onderzoek: beleving afronden").click();
		assertThat(this.page.locator(".open-work li")).containsText("De vragenlijst");
		assertAccessible();
		button("Ja, rond de stap toch af").click();
		assertThat(this.trajectories.stepState(trajectory, "RESEARCH_EXPERIENCE")).isEqualTo("DONE");
	}

	private com.microsoft.playwright.Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

}
