package nl.nvp.goedegesprek.overview.annual;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The annual numbers in a browser: from the national overview to a year's numbers, a role
 * of 5 shown and one of 4 as "fewer than 5", how it is counted, the spreadsheet to
 * download; accessible (axe, target size, reflow at 320 and 1280 px); a policymaker sees
 * only their region's numbers, and only of years that are over, while a coordinator also
 * sees the year we are in, marked "tot nu toe".
 */
class AnnualNumbersBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private TestClock clock;

	@Test
	void aNationalCoordinatorReadsAYearsNumbers() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ26");
		long trajectory = this.trajectories.createRunning("JZ26", "Jaarcijfers browser " + System.nanoTime(),
				coordinator.id());
		long meeting = this.meetings
			.create(trajectory, "Jaarcijfers " + System.nanoTime(), 40, Map.of(), LocalDate.of(2017, 5, 16))
			.id();
		for (int i = 0; i < 5; i++) {
			this.meetings.confirmed(meeting, "Pleegouder " + i, ParticipantRole.FOSTER_PARENT);
		}
		for (int i = 0; i < 4; i++) {
			this.meetings.confirmed(meeting, "Ouder " + i, ParticipantRole.PARENT);
		}

		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		open("/overzicht");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jaarcijfers voor het jaarverslag"))
			.click();
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Jaarcijfers").setExact(true).setLevel(1)))
			.isVisible();
		Locator year = this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("2017"));
		Locator activity = year.getByRole(AriaRole.TABLE,
				new Locator.GetByRoleOptions().setName("Wat er in 2017 gebeurde"));
		assertThat(activity.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Regio's bereikt 1")))
			.isVisible();
		assertThat(activity.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Bijeenkomsten gehouden 1")))
			.isVisible();
		Locator roles = year.getByRole(AriaRole.TABLE,
				new Locator.GetByRoleOptions().setName("Deelnemers per rol in 2017"));
		assertThat(roles.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Pleegouder 5"))).isVisible();
		assertThat(roles.getByRole(AriaRole.ROW,
				new Locator.GetByRoleOptions().setName("Ouder van een pleegkind Minder dan 5")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hoe we tellen")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Download de jaarcijfers als spreadsheet (CSV)")))
			.hasAttribute("href", "/overzicht/jaarcijfers.csv");
		assertAccessible();
		screenshot("overview-annual");
		this.page.setViewportSize(320, 640);
		screenshot("overview-annual-320");
		this.page.setViewportSize(1280, 720);
	}

	@Test
	void aPolicymakerSeesOnlyTheirRegion() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ26");
		long trajectory = this.trajectories.createRunning("JZ26", "Jaarcijfers ander " + System.nanoTime(),
				coordinator.id());
		this.meetings.create(trajectory, "Jaarcijfers " + System.nanoTime(), 40, Map.of(), LocalDate.of(2016, 2, 2));
		logIn(this.accounts.create(Role.POLICYMAKER, "JZ27").getUsername(), AccountFixtures.PASSWORD);
		open("/overzicht/jaarcijfers");
		assertThat(this.page.getByText("U ziet alleen de trajecten van de regio's waar u werkt")).isVisible();
		assertThat(this.page.locator("section[data-year=\"2016\"]")).hasCount(0);
		assertAccessible();
	}

	@Test
	void theYearSoFarIsForTheCoordinatorAndNotForThePolicymaker() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ26");
		long trajectory = this.trajectories.createRunning("JZ26", "Jaarcijfers dit jaar " + System.nanoTime(),
				coordinator.id());
		long meeting = this.meetings
			.create(trajectory, "Jaarcijfers " + System.nanoTime(), 40, Map.of(), LocalDate.of(2015, 3, 4))
			.id();
		for (int i = 0; i < 5; i++) {
			this.meetings.confirmed(meeting, "Pleegouder " + i, ParticipantRole.FOSTER_PARENT);
		}
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		Page policymaker = newPerson();
		try {
			logIn(policymaker, this.accounts.create(Role.POLICYMAKER, "JZ26").getUsername(), AccountFixtures.PASSWORD);
			// June 2015: the meeting in March is in the year we are in.
			this.clock.set(LocalDateTime.of(2015, 6, 1, 12, 0));
			open("/overzicht/jaarcijfers");
			Locator year = this.page.getByRole(AriaRole.REGION,
					new Page.GetByRoleOptions().setName("2015 (tot nu toe)"));
			assertThat(year.getByText("Dit jaar is nog niet voorbij.")).isVisible();
			Locator activity = year.getByRole(AriaRole.TABLE,
					new Locator.GetByRoleOptions().setName("Wat er in 2015 tot nu toe gebeurde"));
			assertThat(activity.getByRole(AriaRole.ROW,
					new Locator.GetByRoleOptions().setName("Bijeenkomsten gehouden 1")))
				.isVisible();
			assertThat(year.getByRole(AriaRole.TABLE,
					new Locator.GetByRoleOptions().setName("Deelnemers per rol in 2015, tot nu toe")))
				.isVisible();
			assertThat(this.page.getByText("U ziet alleen jaren die voorbij zijn.")).hasCount(0);
			assertAccessible();

			policymaker.navigate(url("/overzicht/jaarcijfers"));
			assertThat(policymaker.getByText("U ziet alleen jaren die voorbij zijn.")).isVisible();
			assertThat(policymaker.locator("section[data-year=\"2015\"]")).hasCount(0);
			assertAccessible(policymaker);
		}
		finally {
			this.clock.reset();
			policymaker.context().close();
		}
	}

}
