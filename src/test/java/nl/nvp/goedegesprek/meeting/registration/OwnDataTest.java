package nl.nvp.goedegesprek.meeting.registration;

import java.time.LocalDate;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A participant deletes their own data through their personal link: before the meeting
 * this also cancels (the place goes to the waitlist, no mail to the deleted address); a
 * double click does no harm; only their own registration changes.
 */
@IntegrationTest
class OwnDataTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Test
	void beforeTheMeetingDeletingCancelsAndThePlaceGoesToTheWaitlist() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ31");
		long trajectory = this.trajectories.createRunning("JZ31", "Zelf verwijderen", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Straks", 1, Map.of());
		String token = this.meetings.confirmedToken(meeting.id(), "Sanne", ParticipantRole.FOSTER_PARENT);
		String waiting = this.meetings.pending(meeting.id(), "Wachtende", ParticipantRole.PARENT);
		this.jdbc.update("update registration set status = 'WAITLISTED' where id = ?", registrationOf(waiting));
		long mine = registrationOf(token);

		assertThat(this.mvc.perform(get("/aanmelding/" + token + "/verwijderen"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Let op: de bijeenkomst moet nog komen", "Ben je een kind of jongere?",
					"Ja, verwijder mijn gegevens");
		MockHttpServletResponse deleted = this.mvc.perform(post("/aanmelding/" + token + "/verwijderen").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(deleted.getRedirectedUrl()).isEqualTo("/aanmelding/verwijderd");

		Map<String, Object> row = this.jdbc.queryForMap("select * from registration where id = ?", mine);
		assertThat(row.get("name")).isEqualTo("-");
		assertThat((String) row.get("email")).endsWith("@invalid");
		assertThat(row.get("status")).isEqualTo("CANCELLED");
		assertThat(row.get("role")).isEqualTo("FOSTER_PARENT");
		assertThat(this.jdbc.queryForObject("select status from registration where id = ?", String.class,
				registrationOf(waiting)))
			.isEqualTo("CONFIRMED");
		assertThat(this.jdbc.queryForObject("select name from registration where id = ?", String.class,
				registrationOf(waiting)))
			.isEqualTo("Wachtende");

		// The link no longer works; a second click says so kindly, and changes nothing.
		assertThat(this.mvc.perform(get("/aanmelding/" + token)).andReturn().getResponse().getStatus()).isEqualTo(404);
		MockHttpServletResponse again = this.mvc.perform(post("/aanmelding/" + token + "/verwijderen").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(404);
		assertThat(again.getContentAsString()).contains("Heeft u net uw gegevens verwijderd? Dan is dat gelukt.");
		assertThat(this.mvc.perform(get("/aanmelding/verwijderd")).andReturn().getResponse().getContentAsString())
			.contains("Uw gegevens zijn verwijderd");
	}

	@Test
	void afterTheMeetingDeletingKeepsTheAnonymousCountAndTheScore() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ31");
		long trajectory = this.trajectories.createRunning("JZ31", "Na afloop", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Gisteren", 20, Map.of(),
				TestClock.today().minusDays(1));
		String token = this.meetings.confirmedToken(meeting.id(), "Kim", ParticipantRole.FOSTER_CHILD);
		this.mvc.perform(post("/aanmelding/" + token + "/evaluatie").with(csrf())
			.param("score", "5")
			.param("learned", "Dat mijn stem telt, zei Kim"));
		long mine = registrationOf(token);
		assertThat(this.mvc.perform(get("/aanmelding/" + token)).andReturn().getResponse().getContentAsString())
			.contains("Mijn gegevens verwijderen");
		assertThat(this.mvc.perform(get("/aanmelding/" + token + "/verwijderen"))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("de bijeenkomst moet nog komen");

		this.mvc.perform(post("/aanmelding/" + token + "/verwijderen").with(csrf()));

		assertThat(
				this.jdbc.queryForMap("select name, status, role, checked_in_at from registration where id = ?", mine))
			.containsEntry("name", "-")
			.containsEntry("status", "CONFIRMED")
			.containsEntry("role", "FOSTER_CHILD");
		assertThat(
				this.jdbc.queryForMap("select score, learned from meeting_evaluation where registration_id = ?", mine))
			.containsEntry("score", 5)
			.containsEntry("learned", null);
	}

	@Test
	void onTheDayOfTheMeetingDeletingKeepsThePlaceAndSendsNoReminder() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ31");
		long trajectory = this.trajectories.createRunning("JZ31", "Vandaag", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Vandaag", 20, Map.of(), TestClock.today());
		String token = this.meetings.confirmedToken(meeting.id(), "Noor", ParticipantRole.PARENT);
		long mine = registrationOf(token);

		this.mvc.perform(post("/aanmelding/" + token + "/verwijderen").with(csrf()));

		Map<String, Object> row = this.jdbc.queryForMap("select * from registration where id = ?", mine);
		assertThat(row.get("name")).isEqualTo("-");
		assertThat(row.get("status")).isEqualTo("CONFIRMED");
		// The reminder job takes only registrations without a reminder.
		assertThat(row.get("reminder_sent_at")).isNotNull();
	}

	private long registrationOf(String token) {
		return this.jdbc.queryForObject("select registration_id from registration_link where token_hash = ?",
				Long.class, new SecretToken(token).hash());
	}

}
