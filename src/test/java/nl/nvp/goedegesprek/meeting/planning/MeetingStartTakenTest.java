package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A trajectory has one meeting per start (decision 28): the plan form sent again, from a
 * second tab or by a second coordinator, says so at the date instead of planning the
 * meeting twice. Another start, or a start whose meeting was cancelled, is planned.
 */
@IntegrationTest
class MeetingStartTakenTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private JdbcClient jdbc;

	private final LocalDate day = TestClock.today().plusMonths(2);

	private MockHttpServletResponse plan(long trajectory, AccountPrincipal coordinator, String start) throws Exception {
		return this.mvc
			.perform(post("/trajecten/" + trajectory + "/bijeenkomsten").with(csrf())
				.with(user(coordinator))
				.param("title", "Dialoogbijeenkomst")
				.param("type", "DIALOGUE_MEETING")
				.param("date", this.day.toString())
				.param("startTime", start)
				.param("endTime", "21:00")
				.param("address", "Stadhuis, Korte Nieuwstraat 6, Nijmegen")
				.param("capacity", "25"))
			.andReturn()
			.getResponse();
	}

	private long meetings(long trajectory) {
		return this.jdbc.sql("select count(*) from meeting where trajectory_id = ? and not cancelled")
			.param(trajectory)
			.query(Long.class)
			.single();
	}

	@Test
	void aSecondMeetingAtTheSameStartIsRefusedAtTheDate() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Eén start " + UUID.randomUUID(), coordinator.id());
		assertThat(plan(trajectory, coordinator, "13:30").getStatus()).isEqualTo(302);

		MockHttpServletResponse again = plan(trajectory, coordinator, "13:30");
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getContentAsString()).contains("error-summary", "id=\"date-error\"",
				"Dit traject heeft al een bijeenkomst op deze dag en dit tijdstip.", "value=\"Dialoogbijeenkomst\"");
		assertThat(meetings(trajectory)).isEqualTo(1);

		// Another coordinator of the region plans the same start in their own trajectory.
		AccountPrincipal other = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long elsewhere = this.trajectories.createRunning("JZ32", "Andere " + UUID.randomUUID(), other.id());
		assertThat(plan(elsewhere, other, "13:30").getStatus()).isEqualTo(302);

		// The evening session of the same day is another meeting.
		assertThat(plan(trajectory, coordinator, "19:00").getStatus()).isEqualTo(302);
		assertThat(meetings(trajectory)).isEqualTo(2);

		// Once the first is cancelled, its start is free again.
		long first = this.jdbc
			.sql("select id from meeting where trajectory_id = ? and start_time = '13:30' and not cancelled")
			.param(trajectory)
			.query(Long.class)
			.single();
		assertThat(this.mvc
			.perform(post("/bijeenkomsten/" + first + "/afzeggen").with(csrf())
				.with(user(coordinator))
				.param("reason", "De zaal is niet beschikbaar."))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(plan(trajectory, coordinator, "13:30").getStatus()).isEqualTo(302);
		assertThat(meetings(trajectory)).isEqualTo(2);
	}

}
