package nl.nvp.goedegesprek.research.results;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.access.ResearchSummaryRepository;
import nl.nvp.goedegesprek.research.report.ResearchPublication;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.research.survey.SurveyRepository;
import nl.nvp.goedegesprek.research.survey.SurveyStatus;
import nl.nvp.goedegesprek.research.survey.Surveys;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Published results are frozen for good (decision 14): no later closing date, reopening,
 * or withdrawing and publishing again makes them change, and open answers are listed in
 * an order that says nothing about when they came.
 */
@IntegrationTest
class PublishedResultsFrozenTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private SurveyResults results;

	@Autowired
	private WrittenAnswers written;

	@Autowired
	private Surveys surveys;

	@Autowired
	private SurveyRepository surveyRepository;

	@Autowired
	private ResearchPublication publication;

	@Autowired
	private ResearchSummaryRepository summaries;

	@Test
	void aLaterClosingDateDoesNotReopenPublishedResults() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ18");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ18");
		long trajectory = this.trajectories.createRunning("JZ18", "Later sluiten", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		answerFiveTimes(survey);
		this.research.publish(trajectory, coordinator);
		List<SurveyResults.QuestionResult> published = this.results.results(trajectory, policymaker).questions();

		MockHttpServletResponse saved = saveSettings(trajectory, coordinator, TestClock.today().minusDays(1),
				TestClock.today().plusWeeks(8));
		assertThat(saved.getContentAsString(StandardCharsets.UTF_8)).contains("De vragenlijst is gesloten.");

		assertThat(this.research.form(survey.token(Audience.FOSTER_FAMILIES)).status()).isEqualTo(SurveyStatus.CLOSED);
		assertThat(this.surveyRepository.findByTrajectory(trajectory).orElseThrow().getClosesOn())
			.isBefore(TestClock.today().plusWeeks(8));
		assertThatThrownBy(() -> this.research.answer(survey, Audience.FOSTER_FAMILIES, 1, "Na het delen"))
			.isInstanceOf(IllegalStateException.class);
		assertThat(responses(survey)).isEqualTo(5);
		assertThat(this.results.results(trajectory, policymaker).questions()).isEqualTo(published);
	}

	@Test
	void aSurveyWhoseClosingDatePassedStaysClosed() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ19");
		long trajectory = this.trajectories.createRunning("JZ19", "Einddatum voorbij", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		answerFiveTimes(survey);
		// While open the dates may change: here to a closing date that has passed.
		saveSettings(trajectory, coordinator, TestClock.today().minusDays(10), TestClock.today().minusDays(1));
		assertThat(this.research.form(survey.token(Audience.FOSTER_FAMILIES)).status()).isEqualTo(SurveyStatus.CLOSED);
		List<SurveyResults.QuestionResult> closed = this.results.results(trajectory, coordinator).questions();
		assertThat(closed).isNotEmpty();

		saveSettings(trajectory, coordinator, TestClock.today().minusDays(10), TestClock.today().plusWeeks(2));
		assertThat(this.research.form(survey.token(Audience.FOSTER_FAMILIES)).status()).isEqualTo(SurveyStatus.CLOSED);
		long version = this.surveyRepository.findByTrajectory(trajectory).orElseThrow().getVersion();
		assertThatThrownBy(() -> this.surveys.open(trajectory, version, coordinator)).isInstanceOf(RuleException.class);
		assertThatThrownBy(() -> this.research.answer(survey, Audience.FOSTER_FAMILIES, 1, "Later"))
			.isInstanceOf(IllegalStateException.class);
		assertThat(this.results.results(trajectory, coordinator).questions()).isEqualTo(closed);
	}

	@Test
	void withdrawingAndPublishingAgainShowsTheSameResults() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ20");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ20");
		long trajectory = this.trajectories.createRunning("JZ20", "Intrekken en opnieuw", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		answerFiveTimes(survey);
		this.research.close(trajectory, coordinator);
		WrittenAnswers.WrittenAnswer first = this.written.written(trajectory, coordinator)
			.questions()
			.stream()
			.flatMap((question) -> question.answers().stream())
			.findFirst()
			.orElseThrow();
		this.written.quote(trajectory, first.id(), "Het gaat goed.", coordinator);
		this.research.publish(trajectory, coordinator);
		List<SurveyResults.QuestionResult> published = this.results.results(trajectory, policymaker).questions();

		MvcResult withdrawn = this.mvc
			.perform(post("/trajecten/" + trajectory + "/onderzoek/intrekken").with(csrf())
				.with(user(coordinator))
				.param("version", Long.toString(this.summaries.findById(trajectory).orElseThrow().getVersion())))
			.andReturn();
		assertThat(withdrawn.getFlashMap().get("flashMessage")).isEqualTo("research.withdrawn");

		// Nothing of what the readers saw can change in between.
		long version = this.surveyRepository.findByTrajectory(trajectory).orElseThrow().getVersion();
		assertThatThrownBy(() -> this.surveys.open(trajectory, version, coordinator)).isInstanceOf(RuleException.class)
			.hasMessage("survey.rule.published");
		assertThatThrownBy(() -> this.research.answer(survey, Audience.FOSTER_FAMILIES, 1, "Tussendoor"))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> this.written.quote(trajectory, first.id(), "Een ander citaat.", coordinator))
			.isInstanceOf(RuleException.class)
			.hasMessage("survey.rule.published");

		this.publication.publish(trajectory, this.summaries.findById(trajectory).orElseThrow().getVersion(),
				coordinator);
		assertThat(this.results.results(trajectory, policymaker).questions()).isEqualTo(published);
		assertThat(responses(survey)).isEqualTo(5);
	}

	@Test
	void openAnswersAreListedAlphabeticallyNotInOrderOfArrival() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ22");
		long trajectory = this.trajectories.createRunning("JZ22", "Volgorde", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		for (String text : List.of("Zon in de tuin", "appels plukken", "Maandag sport")) {
			this.research.answer(survey, Audience.FOSTER_FAMILIES, 3, text);
		}
		// Read only once closed: a list read while answers come in shows which is new.
		assertThat(this.written.written(trajectory, coordinator).questions())
			.allSatisfy((question) -> assertThat(question.answers()).isEmpty());
		this.research.close(trajectory, coordinator);
		WrittenAnswers.WrittenQuestion question = this.written.written(trajectory, coordinator).questions().get(0);
		assertThat(question.answers()).extracting(WrittenAnswers.WrittenAnswer::text)
			.containsExactly("appels plukken", "Maandag sport", "Zon in de tuin");
	}

	private void answerFiveTimes(ResearchFixtures.Created survey) {
		for (int i = 1; i <= 5; i++) {
			this.research.answer(survey, Audience.FOSTER_FAMILIES, i, "Antwoord " + i);
		}
	}

	private long responses(ResearchFixtures.Created survey) {
		return this.jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Long.class,
				survey.surveyId());
	}

	private MockHttpServletResponse saveSettings(long trajectory, AccountPrincipal coordinator, LocalDate opensOn,
			LocalDate closesOn) throws Exception {
		long version = this.surveyRepository.findByTrajectory(trajectory).orElseThrow().getVersion();
		return this.mvc
			.perform(post("/trajecten/" + trajectory + "/vragenlijst/instellingen").with(csrf())
				.with(user(coordinator))
				.param("title", "Vragenlijst")
				.param("opensOn", opensOn.toString())
				.param("closesOn", closesOn.toString())
				.param("version", Long.toString(version)))
			.andReturn()
			.getResponse();
	}

}
