package nl.nvp.goedegesprek.meeting.planning;

import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new meeting starts from what is known (issue 15): the step that is running and its
 * kind of meeting are chosen, the trajectory's contact person is filled in; and a
 * meeting's page does not say its kind twice ("Startbijeenkomst · Startbijeenkomst").
 */
@IntegrationTest
class NewMeetingFormTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Test
	void aNewMeetingStartsWithTheRunningStepAndTheTrajectorysContact() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Voorkeuze " + UUID.randomUUID(), coordinator.id());
		this.jdbc
			.sql("update trajectory set contact_name = 'Anna de Vries', contact_email = 'anna@nvp.example',"
					+ " contact_phone = '030 123 4567' where id = ?")
			.param(trajectory)
			.update();

		String form = page("/trajecten/" + trajectory + "/bijeenkomsten/nieuw", coordinator);
		assertThat(form).containsPattern("<option value=\"KICK_OFF\" selected=\"selected\">Startbijeenkomst</option>")
			.contains("value=\"Anna de Vries\"")
			.contains("value=\"anna@nvp.example\"")
			.contains("value=\"030 123 4567\"");
		// Both selects (kind and step) start at the kick-off.
		assertThat(form.split("value=\"KICK_OFF\" selected=\"selected\"", -1)).hasSize(3);
	}

	@Test
	void aMeetingsPageNamesItsKindOnce() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Eenmaal " + UUID.randomUUID(), coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Aftrap", 30, Map.of());
		this.jdbc.sql("update meeting set type = 'KICK_OFF', step = 'KICK_OFF' where id = ?")
			.param(meeting.id())
			.update();
		assertThat(page("/bijeenkomsten/" + meeting.id(), coordinator)).contains("Startbijeenkomst")
			.doesNotContain("Startbijeenkomst · Startbijeenkomst");
		this.jdbc.sql("update meeting set type = 'OTHER' where id = ?").param(meeting.id()).update();
		assertThat(page("/bijeenkomsten/" + meeting.id(), coordinator)).contains("Andere bijeenkomst")
			.contains(" · Startbijeenkomst");
	}

	/**
	 * At 14:30, a meeting today at 9:00 is refused at its start time (the date is right),
	 * and one yesterday at its date; the page links each message to its field.
	 */
	@Test
	void aTimeThatHasPassedTodayIsRefusedAtTheStartTimeAndAPastDayAtTheDate() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Vanochtend " + UUID.randomUUID(), coordinator.id());
		this.clock.set(TestClock.today().atTime(14, 30));
		try {
			String today = plan(trajectory, coordinator, TestClock.today().toString(), "09:00", "startTime",
					"MeetingForm.startTime.past");
			assertThat(today).contains("id=\"startTime-error\"")
				.contains("Deze tijd is vandaag al voorbij.")
				.doesNotContain("id=\"date-error\"");
			String yesterday = plan(trajectory, coordinator, TestClock.today().minusDays(1).toString(), "19:00", "date",
					"MeetingForm.date.past");
			assertThat(yesterday).contains("id=\"date-error\"")
				.contains("Deze datum is al voorbij.")
				.doesNotContain("id=\"startTime-error\"");
		}
		finally {
			this.clock.reset();
		}
	}

	private String plan(long trajectory, AccountPrincipal coordinator, String date, String start, String field,
			String code) throws Exception {
		return this.mvc
			.perform(post("/trajecten/" + trajectory + "/bijeenkomsten").with(user(coordinator))
				.with(csrf())
				.param("title", "Ochtendbijeenkomst")
				.param("type", "DIALOGUE_MEETING")
				.param("date", date)
				.param("startTime", start)
				.param("endTime", "21:30")
				.param("address", "Stadhuis, Nijmegen")
				.param("capacity", "25")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().errorCount(1))
			.andExpect(model().attributeHasFieldErrorCode("form", field, code))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String path, AccountPrincipal user) throws Exception {
		return this.mvc.perform(get(path).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
