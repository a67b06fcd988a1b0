package nl.nvp.goedegesprek.privacy;

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

class AccessLogBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Test
	void nationalCoordinatorsSeeWhoViewedParticipantsData() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ26");
		long trajectory = this.trajectories.createRunning("JZ26", "Inzage", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Inzage", 20, Map.of());
		this.meetings.confirmed(meeting.id(), "Deelnemer", ParticipantRole.FOSTER_PARENT);
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/bijeenkomsten/" + meeting.id());

		Page national = newPerson();
		logIn(national, this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		national.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inzagelog")).click();
		// Newest first; other tests' rows (some at a later test-clock time) may come
		// before.
		Locator viewed = national.locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(coordinator.displayName()))
			.first();
		assertThat(viewed).containsText("Bekeken");
		assertThat(viewed).containsText("Deelnemers van bijeenkomst " + meeting.id());
		assertAccessible(national);
		national.context().close();
	}

}
