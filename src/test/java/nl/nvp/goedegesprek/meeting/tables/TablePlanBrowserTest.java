package nl.nvp.goedegesprek.meeting.tables;

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
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class TablePlanBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Test
	void tablePlanMixesRolesSeatsChildrenTogetherAndCanBeAdjustedAndPrinted() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Tafels", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Dialoogbijeenkomst met tafels", 60,
				Map.of());
		Map<ParticipantRole, Integer> numbers = Map.of(ParticipantRole.FOSTER_PARENT, 8, ParticipantRole.PARENT, 3,
				ParticipantRole.FOSTER_CARE_WORKER, 4, ParticipantRole.CHILD_PROTECTION_WORKER, 3,
				ParticipantRole.POLICYMAKER, 2, ParticipantRole.FOSTER_CHILD, 3, ParticipantRole.OWN_CHILD, 2);
		numbers.forEach((role, count) -> {
			for (int i = 1; i <= count; i++) {
				this.meetings.confirmed(meeting.id(), role.name().toLowerCase() + " " + i, role);
			}
		});

		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/bijeenkomsten/" + meeting.id());
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tafelindeling")).click();
		assertThat(this.page.getByText("Er zijn 25 deelnemers met een plek.")).isVisible();
		assertAccessible();
		this.page.getByLabel("Aantal tafels").fill("2");
		this.page.getByLabel("Hoogstens aantal mensen per tafel").fill("8");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indeling maken")).click();
		assertThat(this.page.locator("#tables-error")).containsText("25 deelnemers en maar 16 plaatsen");
		assertAccessible();

		this.page.getByLabel("Aantal tafels").fill("4");
		this.page.getByLabel("Gespreksbegeleiders").fill("Hanneke\nMohamed\nLisa\nTim");
		this.page.getByLabel("Kinderen samen aan een eigen tafel").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indeling maken")).click();
		assertThat(this.page.locator(".alert-success")).hasText("De tafelindeling is gemaakt.");
		Locator tables = this.page.locator(".plan-table");
		assertThat(tables).hasCount(4);
		for (int i = 0; i < 3; i++) {
			Locator table = tables.nth(i);
			assertThat(table.locator(".seat")).not().hasCount(0);
			String text = table.innerText();
			assertThat(text).contains("(Pleegouder").contains("(Ouder van een pleegkind");
			assertThat(text).containsAnyOf("(Pleegzorgbegeleider", "(Jeugdbeschermer", "(Beleidsmaker");
			assertThat(text).doesNotContain("(Pleegkind").doesNotContain("(Kind van pleegouders");
			assertThat(table.locator(".seat").count()).isLessThanOrEqualTo(8);
		}
		assertThat(tables.nth(3)).containsText("Kindertafel");
		assertThat(tables.nth(3).locator(".seat")).hasCount(5);
		assertThat(tables.nth(0)).containsText("Gespreksbegeleider: Hanneke");
		assertAccessible();

		// A coordinator moves someone by hand.
		Locator firstSeat = tables.nth(0).locator(".seat").first();
		String name = firstSeat.locator(".seat-name").innerText();
		firstSeat.locator("select").selectOption("2");
		firstSeat.getByRole(AriaRole.BUTTON).click();
		assertThat(this.page.locator(".alert-success")).hasText("De deelnemer is verplaatst.");
		assertThat(this.page.locator(".plan-table").nth(1)).containsText(name);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tafellijsten afdrukken")).click();
		assertThat(this.page.locator(".print-table")).hasCount(4);
		assertAccessible();
		open("/bijeenkomsten/" + meeting.id() + "/naamkaartjes");
		assertThat(this.page.locator(".name-card")).hasCount(25);
		assertThat(this.page.locator(".name-card").first()).not().containsText("@");
		assertAccessible();
	}

}
