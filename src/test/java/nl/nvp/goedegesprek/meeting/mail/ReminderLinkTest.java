package nl.nvp.goedegesprek.meeting.mail;

import java.time.LocalDate;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reminder mails a new personal link, which ends the link of the mails before it.
 */
@IntegrationTest
class ReminderLinkTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MeetingReminders reminders;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aReminderComesWithANewLinkThatEndsTheOneBefore() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Herinnerlink"),
				"Herinnerlink", 10, Map.of(), TestClock.today().plusDays(1));
		String token = this.meetings.confirmedToken(meeting.id(), "Herinnerde", ParticipantRole.FOSTER_PARENT);
		String email = this.jdbc.sql("select email from registration where meeting_id = ?")
			.param(meeting.id())
			.query(String.class)
			.single();
		this.mvc.perform(get("/aanmelding/" + token)).andExpect(status().isOk());

		this.reminders.sendDue();
		String link = Mailbox.personalLink(this.mailbox.latest(email, 1), "");
		this.mvc.perform(get("/aanmelding/" + token)).andExpect(status().isGone());
		this.mvc.perform(get(link)).andExpect(status().isOk());
	}

}
