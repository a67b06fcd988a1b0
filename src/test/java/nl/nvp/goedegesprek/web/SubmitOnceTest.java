package nl.nvp.goedegesprek.web;

import java.util.List;

import jakarta.servlet.http.Cookie;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SentTwice;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The guard against a form sent twice from one page (decision 28): the second request
 * waits for the first and gets its redirect; a form with errors runs both times and saves
 * nothing; the guard's table holds no readable trace of what was sent and forgets it.
 */
@IntegrationTest
class SubmitOnceTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SentTwice twice;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FormSubmissions submissions;

	private static MockHttpServletRequestBuilder newTrajectory(String title) {
		MockHttpServletRequestBuilder request = post("/trajecten");
		String[] steps = { "KICK_OFF", "RESEARCH_FIGURES", "RESEARCH_EXPERIENCE", "DIALOGUE_MEETING_1",
				"DIALOGUE_MEETING_2", "ACTION_PLAN", "FOLLOW_UP" };
		for (int i = 0; i < steps.length; i++) {
			request.param("steps[" + i + "].type", steps[i]);
		}
		return request.param("title", title).param("variant", "FULL").param("regionCode", "JZ32");
	}

	private long trajectories(String title) {
		return this.jdbc.sql("select count(*) from trajectory where title = ?").param(title).query(Long.class).single();
	}

	@Test
	void aFormSentTwiceFromOnePageActsOnceAndBothAnswersLeadToTheResult() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.NATIONAL_COORDINATOR);
		SentTwice.Page page = this.twice.open("/trajecten/nieuw", user(coordinator));
		String title = "Dubbelklik " + UUID.randomUUID();
		List<MockHttpServletResponse> answers = this.twice.atOnce(
				() -> page.from(newTrajectory(title)).with(user(coordinator)),
				() -> page.from(newTrajectory(title)).with(user(coordinator)));
		assertThat(trajectories(title)).isEqualTo(1);
		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
		assertThat(answers.get(0).getHeader("Location")).startsWith("/trajecten/")
			.isEqualTo(answers.get(1).getHeader("Location"));

		// Sent again later from the same page (back, send): the same answer, nothing new.
		MockHttpServletResponse again = this.mvc.perform(page.from(newTrajectory(title)).with(user(coordinator)))
			.andReturn()
			.getResponse();
		assertThat(again.getHeader("Location")).isEqualTo(answers.get(0).getHeader("Location"));
		assertThat(trajectories(title)).isEqualTo(1);
	}

	@Test
	void theSameFormFromAPageShownAgainIsANewIntent() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long trajectory = this.trajectories.create("JZ32", "Twee vragen");
		SentTwice.Page first = this.twice.open("/trajecten/" + trajectory + "/bewerken", user(coordinator));
		SentTwice.Page second = this.twice.open("/trajecten/" + trajectory + "/bewerken", user(coordinator),
				first.session());
		assertThat(second.csrf()).as("every page shown has its own token").isNotEqualTo(first.csrf());
		assertThat(first.session()).extracting(Cookie::getValue)
			.as("the same browser")
			.containsExactlyElementsOf(java.util.Arrays.stream(second.session()).map(Cookie::getValue).toList());
	}

	@Test
	void aFormWithErrorsSentTwiceShowsTheErrorsBothTimesAndSavesNothing() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.NATIONAL_COORDINATOR);
		SentTwice.Page page = this.twice.open("/trajecten/nieuw", user(coordinator));
		String title = "x".repeat(151) + UUID.randomUUID();
		List<MockHttpServletResponse> answers = this.twice.atOnce(
				() -> page.from(newTrajectory(title)).with(user(coordinator)),
				() -> page.from(newTrajectory(title)).with(user(coordinator)));
		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(200);
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.getContentAsString()).contains("error-summary"));
		assertThat(trajectories(title)).isZero();
		assertThat(this.jdbc.sql("select count(*) from form_submission where finished_at is null")
			.query(Long.class)
			.single()).as("no claim is left behind").isZero();
	}

	@Test
	void theGuardKeepsNoReadableTraceOfTheFormOrItsAnswerAndForgetsIt() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Spoorloos"),
				"Spoorloos", 30, java.util.Map.of());
		String token = this.meetings.pending(meeting.id(), "Spoor Zoeker", ParticipantRole.PARENT);
		SentTwice.Page page = this.twice.open("/aanmelding/" + token, null);
		List<MockHttpServletResponse> answers = this.twice.atOnce(
				() -> page.from(post("/aanmelding/" + token + "/bevestigen")),
				() -> page.from(post("/aanmelding/" + token + "/bevestigen")));
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.CONFIRMED)).isEqualTo(1);
		String location = answers.get(0).getHeader("Location");
		assertThat(location).isEqualTo("/aanmelding/" + token).isEqualTo(answers.get(1).getHeader("Location"));
		String stored = this.jdbc
			.sql("select string_agg(encode(key_hash, 'escape') || coalesce(encode(sealed_location, 'escape'), ''), '') "
					+ "from form_submission")
			.query(String.class)
			.single();
		assertThat(stored).isNotEmpty().doesNotContain(token).doesNotContain("Spoor");

		this.jdbc.sql("update form_submission set started_at = now() - interval '2 minutes'").update();
		this.submissions.removeOld();
		assertThat(this.jdbc.sql("select count(*) from form_submission").query(Long.class).single()).isZero();
		this.mvc.perform(get(location)).andReturn();
	}

}
