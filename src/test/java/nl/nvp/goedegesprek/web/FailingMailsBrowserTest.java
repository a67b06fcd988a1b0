package nl.nvp.goedegesprek.web;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class FailingMailsBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void nationalCoordinatorsSeeMailsThatKeepFailingWithoutTheirText() {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ26", "Mislukt"),
				"Mislukte mail", 20, java.util.Map.of());
		long registration = this.meetings.confirmed(meeting.id(), "Fenna Faal", ParticipantRole.FOSTER_PARENT);
		String email = this.jdbc.queryForObject("select email from registration where id = ?", String.class,
				registration);
		// A mail tried six times, still waiting a long while for the next try.
		String error = "MailSendException: " + UUID.randomUUID();
		this.jdbc.update("""
				insert into mail_outbox (kind, subject_id, attempts, next_attempt_at, last_attempt_at, last_error)
				values ('registration.REMINDER', ?, 6, now() + interval '1 day', now(), ?)""", registration, error);

		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		open("/");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mislukte mails")).click();
		assertThat(this.page.locator("h1")).hasText("Mails die niet aankomen");
		assertThat(this.page.locator("tbody tr", new Page.LocatorOptions().setHasText(error))).containsText(email);
		assertThat(this.page.locator("tbody tr", new Page.LocatorOptions().setHasText(error)))
			.containsText("registration.REMINDER");
		assertThat(this.page.locator("tbody tr", new Page.LocatorOptions().setHasText(error)))
			.containsText("wordt opnieuw geprobeerd");
		assertAccessible();
		screenshot("failing-mails");
		this.jdbc.update("delete from mail_outbox where last_error = ?", error);
	}

}
