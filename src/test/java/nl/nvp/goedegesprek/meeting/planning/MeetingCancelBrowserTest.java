package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.Page;
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

/**
 * The coordinator cancels a meeting (the page that asks why), the public page shows it,
 * and cancelling the trajectory lists the meetings it cancels.
 */
class MeetingCancelBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Test
	void coordinatorCancelsAMeetingWithAReasonAndThenTheTrajectoryWithItsOtherMeeting() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Afzeggen in de browser", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Bijeenkomst die niet doorgaat", 10,
				Map.of(), TestClock.today().plusDays(6));
		this.meetings.confirmed(meeting.id(), "Anna", ParticipantRole.FOSTER_PARENT);
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);

		open("/bijeenkomsten/" + meeting.id());
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bijeenkomst afzeggen")).click();
		assertThat(this.page.locator("h1")).hasText("Bijeenkomst afzeggen");
		assertThat(this.page.locator("main")).containsText("Iedereen met een plek (1)");
		assertAccessible();

		// Without a reason: refused, at the field.
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst afzeggen en iedereen mailen"))
			.click();
		assertThat(this.page.locator("#reason-error")).hasText("Vul dit veld in.");
		assertAccessible();

		this.page.getByLabel("Waarom gaat de bijeenkomst niet door?").fill("De zaal is niet beschikbaar.");
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst afzeggen en iedereen mailen"))
			.click();
		assertThat(this.page.locator(".alert-success")).containsText("De bijeenkomst is afgezegd.");
		assertThat(this.page.locator(".meeting-cancelled")).containsText("De zaal is niet beschikbaar.");
		assertAccessible();

		Page participant = newPerson();
		participant.navigate(url("/aanmelden/" + meeting.publicId()));
		assertThat(participant.locator(".meeting-cancelled")).containsText("Deze bijeenkomst gaat niet door.");
		assertThat(participant.locator(".meeting-cancelled")).containsText("De zaal is niet beschikbaar.");
		assertAccessible(participant);

		// Cancelling the trajectory lists its other meeting yet to come and asks why.
		this.meetings.create(trajectory, "Tweede bijeenkomst", 10, Map.of(), TestClock.today().plusDays(20));
		open("/trajecten/" + trajectory + "/annuleren");
		assertThat(this.page.locator(".cancel-meetings")).containsText("Tweede bijeenkomst");
		assertThat(this.page.locator(".cancel-meetings")).not().containsText("Bijeenkomst die niet doorgaat");
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, annuleer het traject")).click();
		assertThat(this.page.locator("#reason-error")).hasText("Vul dit veld in.");
		assertAccessible();
		this.page.getByLabel("Waarom gaan de bijeenkomsten niet door?").fill("De regio stopt.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, annuleer het traject")).click();
		assertThat(this.page.locator(".alert-success")).hasText("Het traject is geannuleerd.");
	}

}
