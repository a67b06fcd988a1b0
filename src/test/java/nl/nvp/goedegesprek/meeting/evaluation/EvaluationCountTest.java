package nl.nvp.goedegesprek.meeting.evaluation;

import java.time.LocalDate;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluation results count only registrations that have a place now: an evaluation of
 * a registration that was cancelled afterwards (by whatever way) no longer counts, and
 * its quote and what its author learned are no longer shown.
 */
@IntegrationTest
class EvaluationCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EvaluationResults results;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	private void evaluate(String token, int score, String text) throws Exception {
		this.mvc
			.perform(post("/aanmelding/" + token + "/evaluatie").with(csrf())
				.param("score", Integer.toString(score))
				.param("learned", "Geleerd: " + text)
				.param("quote", "Citaat: " + text)
				.param("quoteConsent", "true"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void anEvaluationOfACancelledRegistrationNoLongerCounts() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ24");
		long trajectory = this.trajectories.createRunning("JZ24", "Evaluaties tellen", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Gisteren", 30, Map.of(),
				TestClock.today().minusDays(1));
		String stays = this.meetings.confirmedToken(meeting.id(), "Kim", ParticipantRole.FOSTER_CHILD);
		String leaves = this.meetings.confirmedToken(meeting.id(), "Jan", ParticipantRole.FOSTER_PARENT);
		evaluate(stays, 4, "blijft");
		evaluate(leaves, 1, "weg");
		this.jdbc.sql(
				"update registration set status = 'CANCELLED' where id = (select registration_id from meeting_evaluation where score = 1 and meeting_id = ?)")
			.param(meeting.id())
			.update();

		EvaluationResults.Results results = this.results.results(meeting.id(), coordinator);
		assertThat(results.count()).isEqualTo(1);
		assertThat(results.average()).isEqualTo(4.0);
		assertThat(results.perScore()).containsExactly(0L, 0L, 0L, 1L, 0L);
		assertThat(results.learned()).containsExactly("Geleerd: blijft");
		assertThat(results.quotes()).extracting(EvaluationResults.Quote::text).containsExactly("Citaat: blijft");
	}

}
