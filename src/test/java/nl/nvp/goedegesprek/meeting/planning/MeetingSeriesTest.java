package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFill;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Planning many meetings quickly (issue 17): a series in one go (all of it or nothing,
 * numbered after the meetings that exist), a copy of a meeting, and all meetings of a
 * trajectory on one page with how full each is per role.
 */
@IntegrationTest
class MeetingSeriesTest {

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
	private EntityManagerFactory entityManagerFactory;

	private final LocalDate day = TestClock.today().plusMonths(2);

	private record Running(long trajectory, AccountPrincipal coordinator) {
	}

	private Running running() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Reeks " + UUID.randomUUID(), coordinator.id());
		return new Running(trajectory, coordinator);
	}

	/** The shared part of a series of dialogues of 90 minutes, two places per role. */
	private MockHttpServletRequestBuilder series(Running running) {
		return series(running, 8);
	}

	private MockHttpServletRequestBuilder series(Running running, int capacity) {
		return post("/trajecten/" + running.trajectory() + "/bijeenkomsten/reeks").with(csrf())
			.with(user(running.coordinator()))
			.param("titlePrefix", "Dialoog")
			.param("type", "DIALOGUE_SESSION")
			.param("durationMinutes", "90")
			.param("capacity", String.valueOf(capacity))
			.param("quota[FOSTER_PARENT]", "2")
			.param("quota[PARENT]", "2")
			.param("registrationOpensDaysBefore", "30")
			.param("registrationClosesDaysBefore", "2")
			.param("programme", "Kennismaken, in gesprek, afsluiten.")
			.param("contactName", "Coördinator");
	}

	private List<Map<String, Object>> planned(long trajectory) {
		return this.jdbc.sql("""
				select title, meeting_date, start_time, end_time, online, address, online_link, capacity,
				       registration_opens_on, registration_closes_on, type, programme
				from meeting where trajectory_id = ? order by meeting_date, start_time""")
			.param(trajectory)
			.query()
			.listOfRows();
	}

	@Test
	void aSeriesPlansExactlyTheRowsGivenNumberedAfterTheMeetingsThatExist() throws Exception {
		Running running = running();
		this.meetings.create(running.trajectory(), "Dialoog 1", 8, Map.of(), this.day.minusDays(7));
		this.meetings.create(running.trajectory(), "Dialoog met ouders", 8, Map.of(), this.day.minusDays(6));

		MvcResult posted = this.mvc.perform(series(running)
			// Out of order and with blank rows between: numbered by date.
			.param("rows[0].date", this.day.plusDays(7).toString())
			.param("rows[0].startTime", "19:00")
			.param("rows[0].onlineLink", "https://meet.example/dialoog")
			.param("rows[1].date", "")
			.param("rows[1].startTime", "")
			.param("rows[3].date", this.day.toString())
			.param("rows[3].startTime", "10:00")
			.param("rows[3].address", "Wijkcentrum De Brakkenstein, Nijmegen")
			.param("rows[19].date", this.day.toString())
			.param("rows[19].startTime", "14:00")
			.param("rows[19].address", "Bibliotheek, Arnhem")).andReturn();
		MockHttpServletResponse response = posted.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(posted.getFlashMap().get("seriesPlanned")).isEqualTo(3);
		assertThat(response.getRedirectedUrl()).isEqualTo("/trajecten/" + running.trajectory() + "/bijeenkomsten");

		List<Map<String, Object>> planned = planned(running.trajectory());
		assertThat(planned).hasSize(5);
		assertThat(planned.subList(2, 5)).extracting((row) -> row.get("title"))
			.containsExactly("Dialoog 2", "Dialoog 3", "Dialoog 4");
		Map<String, Object> first = planned.get(2);
		assertThat(first.get("start_time").toString()).startsWith("10:00");
		assertThat(first.get("end_time").toString()).startsWith("11:30");
		assertThat(first.get("address")).isEqualTo("Wijkcentrum De Brakkenstein, Nijmegen");
		assertThat(first.get("online")).isEqualTo(false);
		assertThat(first.get("type")).isEqualTo("DIALOGUE_SESSION");
		assertThat(first.get("capacity")).isEqualTo(8);
		assertThat(first.get("registration_opens_on").toString()).isEqualTo(this.day.minusDays(30).toString());
		assertThat(first.get("registration_closes_on").toString()).isEqualTo(this.day.minusDays(2).toString());
		Map<String, Object> online = planned.get(4);
		assertThat(online.get("online")).isEqualTo(true);
		assertThat(online.get("online_link")).isEqualTo("https://meet.example/dialoog");
		assertThat(this.jdbc.sql("""
				select count(*) from meeting_quota q join meeting m on m.id = q.meeting_id
				where m.trajectory_id = ? and m.title like 'Dialoog _' and q.places = 2""")
			.param(running.trajectory())
			.query(Long.class)
			.single()).isEqualTo(6);

	}

	@Test
	void aStepWithManyMeetingsLinksToAllOfThemAtOnce() throws Exception {
		Running running = running();
		MockHttpServletRequestBuilder five = series(running).param("step", "DIALOGUE_MEETING_1");
		for (int row = 0; row < MeetingStepLinks.MOST_LISTED; row++) {
			five.param("rows[" + row + "].date", this.day.plusDays(row).toString())
				.param("rows[" + row + "].startTime", "10:00")
				.param("rows[" + row + "].address", "Wijkcentrum, Nijmegen");
		}
		assertThat(this.mvc.perform(five).andReturn().getResponse().getStatus()).isEqualTo(302);
		String page = trajectoryPage(running);
		assertThat(page).contains("Bijeenkomst van").doesNotContain("Alle 5 bijeenkomsten");

		this.mvc.perform(series(running).param("step", "DIALOGUE_MEETING_1")
			.param("rows[0].date", this.day.plusDays(10).toString())
			.param("rows[0].startTime", "10:00")
			.param("rows[0].address", "Wijkcentrum, Nijmegen"));
		page = trajectoryPage(running);
		assertThat(page)
			.contains("Alle 6 bijeenkomsten", "href=\"/trajecten/" + running.trajectory() + "/bijeenkomsten\"")
			.doesNotContain("Bijeenkomst van");
	}

	private String trajectoryPage(Running running) throws Exception {
		return this.mvc.perform(get("/trajecten/" + running.trajectory()).with(user(running.coordinator())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void anInvalidRowSavesNothingAndShowsTheErrorAtThatRow() throws Exception {
		Running running = running();
		MockHttpServletResponse response = this.mvc
			.perform(series(running).param("rows[0].date", this.day.toString())
				.param("rows[0].startTime", "10:00")
				.param("rows[0].address", "Wijkcentrum, Nijmegen")
				// No place, and a start that ends after midnight
				.param("rows[1].date", this.day.plusDays(1).toString())
				.param("rows[1].startTime", "23:30")
				// A day that has passed
				.param("rows[2].date", TestClock.today().minusDays(1).toString())
				.param("rows[2].startTime", "10:00")
				.param("rows[2].address", "Bibliotheek, Arnhem")
				// The same start as the first row
				.param("rows[3].date", this.day.toString())
				.param("rows[3].startTime", "10:00")
				.param("rows[3].onlineLink", "https://meet.example/a"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString();
		assertThat(page).contains("error-summary", "id=\"rows-1-address-error\"",
				"Vul een adres in, of een link voor een online bijeenkomst.", "id=\"rows-1-startTime-error\"",
				"na middernacht", "id=\"rows-2-date-error\"", "Deze datum is al voorbij.", "id=\"rows-3-date-error\"",
				"Een andere rij heeft al deze datum en begintijd.", "href=\"#rows-1-address\"");
		assertThat(page).doesNotContain("id=\"rows-0-date-error\"", "id=\"rows-0-address-error\"");
		// What was typed stays, and every row is shown again.
		assertThat(page).contains("value=\"Wijkcentrum, Nijmegen\"", "id=\"rows-19-date\"");
		assertThat(planned(running.trajectory())).isEmpty();

		// A shared field with an error is shown once, at the shared field.
		MvcResult shared = this.mvc
			.perform(series(running, 3).param("rows[0].date", this.day.toString())
				.param("rows[0].startTime", "10:00")
				.param("rows[0].address", "Wijkcentrum, Nijmegen")
				.param("rows[1].date", this.day.plusDays(1).toString())
				.param("rows[1].startTime", "10:00")
				.param("rows[1].address", "Wijkcentrum, Nijmegen"))
			.andReturn();
		assertThat(shared.getResponse().getStatus()).isEqualTo(200);
		BindingResult errors = (BindingResult) shared.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "form");
		assertThat(errors.getFieldErrors()).extracting((error) -> error.getField() + " " + error.getCode())
			.containsExactly("capacity MeetingForm.quota.totalOverCapacity");
		// No row at all.
		MvcResult none = this.mvc.perform(series(running)).andReturn();
		assertThat(none.getResponse().getContentAsString()).contains("id=\"rows-0-date-error\"",
				"Vul de datum in van minstens één bijeenkomst.");
		assertThat(planned(running.trajectory())).isEmpty();
	}

	@Test
	void aSeriesWithAStartTheTrajectoryHasPlansNothing() throws Exception {
		Running running = running();
		this.meetings.create(running.trajectory(), "Bestaand", 8, Map.of(), this.day);
		MockHttpServletResponse response = this.mvc
			.perform(series(running).param("rows[0].date", this.day.plusDays(1).toString())
				.param("rows[0].startTime", "10:00")
				.param("rows[0].address", "Wijkcentrum, Nijmegen")
				// The fixture's meeting starts at 13:30
				.param("rows[1].date", this.day.toString())
				.param("rows[1].startTime", "13:30")
				.param("rows[1].address", "Wijkcentrum, Nijmegen"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("id=\"rows-1-date-error\"",
				"Dit traject heeft al een bijeenkomst op deze dag en dit tijdstip.");
		assertThat(planned(running.trajectory())).hasSize(1);
	}

	@Test
	void aCopyStartsFromTheMeetingsSettingsWithoutItsDay() throws Exception {
		Running running = running();
		MeetingFixtures.Created meeting = this.meetings.create(running.trajectory(), "Dialoog 3", 12,
				Map.of(ParticipantRole.FOSTER_PARENT, 3, ParticipantRole.CHILD_PROTECTION_WORKER, 2), this.day);
		this.meetings.confirmed(meeting.id(), "Deelnemer", ParticipantRole.FOSTER_PARENT);
		MvcResult copy = this.mvc
			.perform(get("/bijeenkomsten/" + meeting.id() + "/kopie").with(user(running.coordinator())))
			.andReturn();
		assertThat(copy.getResponse().getStatus()).isEqualTo(200);
		MeetingForm form = (MeetingForm) copy.getModelAndView().getModel().get("form");
		assertThat(form.getTitle()).isEqualTo("Dialoog 3");
		assertThat(form.getCapacity()).isEqualTo(12);
		assertThat(form.quotas()).containsExactlyInAnyOrderEntriesOf(
				Map.of(ParticipantRole.FOSTER_PARENT, 3, ParticipantRole.CHILD_PROTECTION_WORKER, 2));
		assertThat(form.getStartTime()).isEqualTo(LocalTime.of(13, 30));
		assertThat(form.getAddress()).isEqualTo("Stadhuis, Korte Nieuwstraat 6, Nijmegen");
		assertThat(form.getDate()).isNull();
		String page = copy.getResponse().getContentAsString();
		assertThat(page).contains("action=\"/trajecten/" + running.trajectory() + "/bijeenkomsten\"",
				"U plant een nieuwe bijeenkomst met de gegevens van: Dialoog 3.");

		// Another coordinator of the region, who does not run the trajectory, may not.
		AccountPrincipal other = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		assertThat(this.mvc.perform(get("/bijeenkomsten/" + meeting.id() + "/kopie").with(user(other)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void theOverviewCountsConfirmedAndWaitingPerRoleAndLeavesOutTheRest() throws Exception {
		Running running = running();
		MeetingFixtures.Created full = this.meetings.create(running.trajectory(), "Dialoog 1", 6,
				Map.of(ParticipantRole.FOSTER_PARENT, 2, ParticipantRole.PARENT, 2), this.day);
		this.meetings.confirmed(full.id(), "Een", ParticipantRole.FOSTER_PARENT);
		this.meetings.confirmed(full.id(), "Twee", ParticipantRole.FOSTER_PARENT);
		status(this.meetings.confirmed(full.id(), "Wacht", ParticipantRole.FOSTER_PARENT), "WAITLISTED");
		status(this.meetings.confirmed(full.id(), "Weg", ParticipantRole.PARENT), "CANCELLED");
		this.meetings.confirmed(full.id(), "Werker", ParticipantRole.FOSTER_CARE_WORKER);
		this.meetings.pending(full.id(), "Nog niet", ParticipantRole.PARENT);
		MeetingFixtures.Created cancelled = this.meetings.create(running.trajectory(), "Dialoog 2", 6, Map.of(),
				this.day.plusDays(1));
		this.jdbc
			.sql("update meeting set cancelled = true, cancellation_reason = 'Geen zaal', cancelled_at = now() "
					+ "where id = ?")
			.param(cancelled.id())
			.update();
		this.meetings.create(running.trajectory(), "Dialoog 0", 6, Map.of(), TestClock.today().minusDays(3));

		MvcResult result = this.mvc
			.perform(get("/trajecten/" + running.trajectory() + "/bijeenkomsten").with(user(running.coordinator())))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		MeetingOverview.Overview overview = (MeetingOverview.Overview) result.getModelAndView()
			.getModel()
			.get("overview");
		assertThat(overview.meetings()).extracting(MeetingFill::title, MeetingFill::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Dialoog 0", MeetingFill.Status.HELD),
					org.assertj.core.groups.Tuple.tuple("Dialoog 1", MeetingFill.Status.UPCOMING),
					org.assertj.core.groups.Tuple.tuple("Dialoog 2", MeetingFill.Status.CANCELLED));
		MeetingFill row = overview.meetings().get(1);
		assertThat(row.confirmed()).isEqualTo(3);
		assertThat(row.waitlisted()).isEqualTo(1);
		assertThat(row.roles()).containsExactly(new MeetingFill.RoleFill(ParticipantRole.FOSTER_PARENT, 2, 2, true, 1),
				new MeetingFill.RoleFill(ParticipantRole.PARENT, 0, 2, true, 0),
				new MeetingFill.RoleFill(ParticipantRole.FOSTER_CARE_WORKER, 1, 6, false, 0));
		assertThat(result.getResponse().getContentAsString()).contains("Pleegouder: 2 van 2, 1 op de wachtlijst",
				"3 van 6 bezet", "Geweest", "Afgezegd");
	}

	@Test
	void theOverviewCostsTheSameStatementsForThreeOrAHundredMeetings() {
		Running running = running();
		for (int i = 0; i < 3; i++) {
			MeetingFixtures.Created meeting = this.meetings.create(running.trajectory(), "Dialoog " + i, 8,
					Map.of(ParticipantRole.FOSTER_PARENT, 2), this.day.plusDays(i));
			this.meetings.confirmed(meeting.id(), "Deelnemer " + i, ParticipantRole.FOSTER_PARENT);
		}
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		String path = "/trajecten/" + running.trajectory() + "/bijeenkomsten";
		long few = statements.forPage(this.mvc, path, running.coordinator());
		for (int i = 3; i < 100; i++) {
			MeetingFixtures.Created meeting = this.meetings.create(running.trajectory(), "Dialoog " + i, 8,
					Map.of(ParticipantRole.FOSTER_PARENT, 2, ParticipantRole.PARENT, 2), this.day.plusDays(i));
			this.meetings.confirmed(meeting.id(), "Deelnemer " + i,
					ParticipantRole.values()[i % ParticipantRole.values().length]);
		}
		assertThat(statements.forPage(this.mvc, path, running.coordinator())).isEqualTo(few);
	}

	private void status(long registration, String status) {
		this.jdbc.sql("update registration set status = ? where id = ?").params(status, registration).update();
	}

}
