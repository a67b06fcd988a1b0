package nl.nvp.goedegesprek.meeting.registration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting's real start and end (Dutch time) decide what still can be done: the public
 * form closes at the start, and from then on nobody confirms, cancels or moves up from
 * the waitlist. Before the start, confirming a registration made while registration was
 * open still gives a place, even after registration closed (decision 0022).
 */
@IntegrationTest
class MeetingTimeTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private LocalDate day;

	@BeforeEach
	void day() {
		this.day = TestClock.today().plusDays(10);
	}

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	/** A meeting on {@link #day} from 13:30 to 17:00. */
	private MeetingFixtures.Created meeting(String title, int capacity) {
		return this.meetings.create(this.trajectories.create("JZ32", title), title, capacity, Map.of(), this.day);
	}

	private void at(int hour, int minute) {
		this.clock.set(LocalDateTime.of(this.day, LocalTime.of(hour, minute)));
	}

	private String stateOf(String token) {
		return this.jdbc.sql("""
				select r.status from registration r join registration_link l on l.registration_id = r.id
				where l.token_hash = ?""")
			.param(new nl.nvp.goedegesprek.shared.SecretToken(token).hash())
			.query(String.class)
			.single();
	}

	@Test
	void thePublicFormClosesWhenTheMeetingStarts() throws Exception {
		MeetingFixtures.Created meeting = meeting("Begint om half twee", 30);
		at(13, 29);
		assertThat(this.mvc.perform(get("/aanmelden/" + meeting.publicId()).param("voor", "volwassene"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("name=\"email\"");

		at(13, 31);
		assertThat(this.mvc.perform(get("/aanmelden/" + meeting.publicId()).param("voor", "volwassene"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Aanmelden voor deze bijeenkomst is gesloten.")
			.doesNotContain("name=\"email\"");
		this.mvc
			.perform(post("/aanmelden/" + meeting.publicId()).with(csrf())
				.param("name", "Te laat")
				.param("email", "te-laat@test.example")
				.param("role", "FOSTER_PARENT")
				.param("consent", "true"))
			.andExpect(status().isConflict());
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.PENDING)).isZero();
	}

	@Test
	void afterTheStartNobodyCancelsOrMovesUpFromTheWaitlist() throws Exception {
		MeetingFixtures.Created meeting = meeting("Een plek", 1);
		String place = this.meetings.pending(meeting.id(), "Plek", ParticipantRole.FOSTER_PARENT);
		String waiting = this.meetings.pending(meeting.id(), "Wacht", ParticipantRole.FOSTER_PARENT);
		this.mvc.perform(post("/aanmelding/" + place + "/bevestigen").with(csrf()));
		this.mvc.perform(post("/aanmelding/" + waiting + "/bevestigen").with(csrf()));
		assertThat(List.of(stateOf(place), stateOf(waiting))).containsExactly("CONFIRMED", "WAITLISTED");

		for (LocalTime time : List.of(LocalTime.of(14, 0), LocalTime.of(17, 30))) {
			this.clock.set(LocalDateTime.of(this.day, time));
			this.mvc.perform(post("/aanmelding/" + place + "/annuleren").with(csrf())).andExpect(status().isConflict());
			assertThat(List.of(stateOf(place), stateOf(waiting))).as("at %s", time)
				.containsExactly("CONFIRMED", "WAITLISTED");
		}
	}

	@Test
	void beforeTheStartACancelledPlaceStillGoesToTheWaitlist() throws Exception {
		MeetingFixtures.Created meeting = meeting("Net op tijd", 1);
		String place = this.meetings.pending(meeting.id(), "Plek", ParticipantRole.FOSTER_PARENT);
		String waiting = this.meetings.pending(meeting.id(), "Wacht", ParticipantRole.FOSTER_PARENT);
		this.mvc.perform(post("/aanmelding/" + place + "/bevestigen").with(csrf()));
		this.mvc.perform(post("/aanmelding/" + waiting + "/bevestigen").with(csrf()));

		at(13, 0);
		this.mvc.perform(post("/aanmelding/" + place + "/annuleren").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(List.of(stateOf(place), stateOf(waiting))).containsExactly("CANCELLED", "CONFIRMED");
	}

	@Test
	void confirmingAfterRegistrationClosedGivesAPlaceUntilTheMeetingStarts() throws Exception {
		MeetingFixtures.Created meeting = meeting("Sluit eerder", 30);
		String early = this.meetings.pending(meeting.id(), "Op tijd", ParticipantRole.FOSTER_PARENT);
		String late = this.meetings.pending(meeting.id(), "Te laat", ParticipantRole.FOSTER_PARENT);
		this.jdbc.sql("update meeting set registration_closes_on = ? where id = ?")
			.params(this.day.minusDays(3), meeting.id())
			.update();

		this.clock.set(LocalDateTime.of(this.day.minusDays(1), LocalTime.NOON));
		this.mvc.perform(post("/aanmelding/" + early + "/bevestigen").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(stateOf(early)).isEqualTo("CONFIRMED");

		at(13, 30);
		String page = this.mvc.perform(post("/aanmelding/" + late + "/bevestigen").with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("De bijeenkomst is al begonnen");
		assertThat(stateOf(late)).isEqualTo("PENDING");
	}

}
