package nl.nvp.goedegesprek.meeting.planning;

import java.util.Map;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Browsers;
import nl.nvp.goedegesprek.support.Layouts;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The per-role table on the meeting page shows all its columns at 1280 CSS px (issue 15),
 * in Dutch and in English: no sideways scrolling in its box, every header and cell inside
 * it. At 320 px it may scroll inside its own box, which takes the focus and has a name,
 * while the page itself does not scroll sideways.
 */
class RoleTableBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Test
	void theTableOfPlacesPerRoleShowsAllItsColumnsOnAWideScreen() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Rollen Nijmegen", coordinator.id());
		long meeting = this.meetings
			.create(trajectory, "Dialoog met maxima", 1500,
					Map.of(ParticipantRole.FOSTER_PARENT, 1234, ParticipantRole.CHILD_PROTECTION_WORKER, 12))
			.id();
		this.meetings.confirmed(meeting, "Ouder", ParticipantRole.FOSTER_PARENT);
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);

		for (String language : new String[] { "", "?taal=en" }) {
			open("/bijeenkomsten/" + meeting + language);
			assertThat(this.page.locator("[aria-labelledby=roles-caption] thead th")).hasCount(5);
			assertThat(this.page.locator("[aria-labelledby=roles-caption] tbody tr")).not().hasCount(0);
			this.page.setViewportSize(1280, 800);
			Layouts.assertTableWhole(this.page, "[aria-labelledby=roles-caption]");
			this.page.setViewportSize(320, 800);
			Layouts.assertScrollableBox(this.page, "[aria-labelledby=roles-caption]");
			Browsers.assertReflows(this.page);
			assertAccessible();
		}
	}

}
