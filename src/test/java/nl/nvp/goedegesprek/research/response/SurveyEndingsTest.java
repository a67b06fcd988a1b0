package nl.nvp.goedegesprek.research.response;

import jakarta.servlet.http.Cookie;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Honest endings (issue 14): only a browser whose answer was saved is thanked, and a
 * closed or not yet open survey says so in the audience's own words, with what happens
 * with the answers.
 */
@IntegrationTest
class SurveyEndingsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private JdbcClient jdbc;

	private long responses(long surveyId) {
		return this.jdbc.sql("select count(*) from survey_response where survey_id = ?")
			.param(surveyId)
			.query(Long.class)
			.single();
	}

	/**
	 * A complete answer of the children's form (every question gets its first choice).
	 */
	private MockHttpServletRequestBuilder answer(String token) {
		MockHttpServletRequestBuilder post = post("/vragenlijst/" + token).with(csrf());
		for (SurveyResponses.AskedQuestion question : this.research.form(token).questions()) {
			switch (question.type()) {
				case SCALE -> post.param("q" + question.id(), "3");
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> post.param("q" + question.id(), "0");
				case OPEN -> {
				}
			}
		}
		return post;
	}

	@Test
	void onlyABrowserThatAnsweredIsThanked() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ20");
		long trajectory = this.trajectories.createRunning("JZ20", "Eerlijk bedankt", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		String token = survey.token(Audience.CHILDREN);

		// Opening the thanks address without answering: no thanks, back to the survey.
		MockHttpServletResponse unearned = this.mvc.perform(get("/vragenlijst/" + token + "/bedankt"))
			.andReturn()
			.getResponse();
		assertThat(unearned.getRedirectedUrl()).isEqualTo("/vragenlijst/" + token);
		assertThat(unearned.getContentAsString()).doesNotContain("Dank je wel");

		MockHttpServletResponse sent = this.mvc.perform(answer(token)).andReturn().getResponse();
		assertThat(sent.getRedirectedUrl()).isEqualTo("/vragenlijst/" + token + "/bedankt");
		Cookie session = sent.getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(responses(survey.surveyId())).isEqualTo(1);

		String thanks = this.mvc.perform(get("/vragenlijst/" + token + "/bedankt").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(thanks).contains("Dank je wel!", "Wat gebeurt er nu?");

		// A second click (or the other tab) saves nothing more and is thanked too.
		MockHttpServletResponse again = this.mvc.perform(answer(token).cookie(session)).andReturn().getResponse();
		assertThat(again.getRedirectedUrl()).isEqualTo("/vragenlijst/" + token + "/bedankt");
		assertThat(responses(survey.surveyId())).isEqualTo(1);

		// Another audience's thanks address is not thanked by this answer.
		String adults = survey.token(Audience.FOSTER_FAMILIES);
		assertThat(this.mvc.perform(get("/vragenlijst/" + adults + "/bedankt").cookie(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/vragenlijst/" + adults);
	}

	@Test
	void aClosedSurveySaysSoInTheAudiencesWordsAndWhatHappensNext() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ20");
		long trajectory = this.trajectories.createRunning("JZ20", "Gesloten vragenlijst", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		this.research.close(trajectory, coordinator);

		String child = page(survey.token(Audience.CHILDREN));
		assertThat(child)
			.contains("De vragenlijst is gesloten. Je kunt niet meer meedoen.", "Wat gebeurt er nu?",
					"praten samen over alle antwoorden")
			.doesNotContain("is klaar", "Versturen");
		String adult = page(survey.token(Audience.PARENTS));
		assertThat(adult)
			.contains("Deze vragenlijst is gesloten. U kunt geen antwoorden meer geven.",
					"Wat gebeurt er met de antwoorden?", "bijeenkomst in uw regio", "actieplan van de regio")
			.doesNotContain("Versturen");
	}

	@Test
	void aSurveyNotYetOpenSaysWhenInTheAudiencesWords() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ20");
		long trajectory = this.trajectories.createRunning("JZ20", "Vragenlijst nog niet open", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		this.jdbc.sql("update survey set opens_on = ? where id = ?")
			.param(TestClock.today().plusDays(7))
			.param(survey.surveyId())
			.update();

		String child = page(survey.token(Audience.CHILDREN));
		assertThat(child).contains("De vragenlijst is nog niet open. Je kunt meedoen vanaf", "Wat gebeurt er nu?")
			.doesNotContain("Versturen");
		String adult = page(survey.token(Audience.PROFESSIONALS));
		assertThat(adult)
			.contains("Deze vragenlijst is nog niet open. U kunt antwoorden vanaf", "Wat gebeurt er met de antwoorden?")
			.doesNotContain("Versturen");
	}

	/** A survey not opened after its opening day names no day that has passed. */
	@Test
	void aSurveyNotOpenedAfterItsOpeningDayNamesNoPastDay() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ20");
		long trajectory = this.trajectories.createRunning("JZ20", "Vragenlijst niet geopend", coordinator.id());
		ResearchFixtures.Created survey = this.research.draftSurvey(trajectory, coordinator);
		assertThat(page(survey.token(Audience.CHILDREN)))
			.contains("De vragenlijst is nog niet open. Probeer het later nog een keer met deze link.")
			.doesNotContain("Je kunt meedoen vanaf");
		assertThat(page(survey.token(Audience.FOSTER_FAMILIES)))
			.contains("Deze vragenlijst is nog niet open. Probeer het later nog eens met deze link.")
			.doesNotContain("U kunt antwoorden vanaf");
	}

	private String page(String token) throws Exception {
		return this.mvc.perform(get("/vragenlijst/" + token)).andReturn().getResponse().getContentAsString();
	}

}
