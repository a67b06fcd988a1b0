package nl.nvp.goedegesprek.research.results;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.response.SurveyResponses;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The padding attack on small groups (decision 14): someone who reads the results adds
 * answers of their own to a group with one real answer, to lift it over the threshold and
 * read that one person's answers by subtraction, in the CSV export or by comparing two
 * readings. Each test performs the attack and checks that it gains nothing.
 */
@IntegrationTest
class SurveyPaddingTest {

	private static final String REAL_TEXT = "Ik woon bij oma en mis mijn zusje";

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

	@Test
	void aLoggedInBrowserCannotPadASmallGroup() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ15");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ15");
		long trajectory = this.trajectories.createRunning("JZ15", "Opvullen ingelogd", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		// One real child answers.
		this.research.answer(survey, Audience.CHILDREN, 4, REAL_TEXT);

		// The coordinator, then a policymaker, try to add four answers each from their
		// logged-in browser.
		for (AccountPrincipal attacker : List.of(coordinator, policymaker)) {
			MockHttpServletResponse page = this.mvc
				.perform(get("/vragenlijst/" + survey.token(Audience.CHILDREN)).with(user(attacker)))
				.andReturn()
				.getResponse();
			assertThat(page.getStatus()).isEqualTo(403);
			assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("U bent ingelogd")
				.doesNotContain("Klaar, versturen");
			for (int i = 0; i < 4; i++) {
				MockHttpServletResponse sent = this.mvc
					.perform(answer(survey, Audience.CHILDREN, 1, "Opvulling").with(user(attacker)))
					.andReturn()
					.getResponse();
				assertThat(sent.getStatus()).as("answer from a logged-in browser").isEqualTo(403);
			}
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from survey_response where survey_id = ? and audience = 'CHILDREN'", Long.class,
				survey.surveyId()))
			.isEqualTo(1);

		// After closing and publishing the child stays a group of one: hidden everywhere.
		this.research.publish(trajectory, coordinator);
		for (AccountPrincipal reader : List.of(coordinator, policymaker)) {
			for (SurveyResults.QuestionResult question : this.results.results(trajectory, reader).questions()) {
				question.audiences()
					.stream()
					.filter((result) -> result.audience() == Audience.CHILDREN)
					.forEach((result) -> assertThat(result.hidden()).as("question %s", question.number()).isTrue());
			}
		}
		assertThat(csv(trajectory, coordinator)).doesNotContain("Kinderen").doesNotContain(REAL_TEXT);
	}

	@Test
	void theExportHoldsNoLineOfAnyOnePerson() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ16");
		long trajectory = this.trajectories.createRunning("JZ16", "Export zonder regels", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		// A real foster family with a recognisable story, and five answers from someone
		// who knows exactly what they answered themselves (a private browser).
		this.research.answer(survey, Audience.FOSTER_FAMILIES, 4, "Wij hebben sinds mei een tweeling uit Tiel");
		for (int i = 0; i < 5; i++) {
			this.research.answer(survey, Audience.FOSTER_FAMILIES, 1, "=HYPERLINK(\"http://x\")");
		}
		this.research.answer(survey, Audience.CHILDREN, 5, "Leuk");
		this.research.close(trajectory, coordinator);

		String csv = csv(trajectory, coordinator);
		String[] lines = csv.strip().split("\r\n");
		assertThat(lines[0]).contains("Vraag nr.;Vraag;Doelgroep;Antwoorden in de groep;Antwoord;Aantal;Procent");
		// Counts only: no written answer, no line per response, no group under 5.
		assertThat(csv).doesNotContain("tweeling")
			.doesNotContain("HYPERLINK")
			.doesNotContain("Kinderen")
			.doesNotContain("Leuk")
			.doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
		for (String line : List.of(lines).subList(1, lines.length)) {
			assertThat(line.split(";", -1)).as(line).hasSize(7);
			assertThat(line).contains(";Pleeggezinnen;6;");
		}
		// The satisfaction question: five times 1, once 4, as on the results page.
		assertThat(csv)
			.contains("1;Hoe tevreden bent u over de pleegzorg in uw regio?;Pleeggezinnen;6;1 – Heel ontevreden;5;83")
			.contains(";Pleeggezinnen;6;4;1;17");
	}

	@Test
	void twoReadingsWhileAnswersComeInShowNothingToSubtract() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ17");
		long trajectory = this.trajectories.createRunning("JZ17", "Twee keer kijken", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		// The attacker fills the children's link five times first (from a private
		// browser), so the group shows, and reads everything.
		for (int i = 0; i < 5; i++) {
			this.research.answer(survey, Audience.CHILDREN, 1, "Opvulling");
		}
		Reading before = read(trajectory, coordinator);
		// Then the one real child answers, and the attacker reads again.
		this.research.answer(survey, Audience.CHILDREN, 4, REAL_TEXT);
		Reading after = read(trajectory, coordinator);

		assertThat(after).isEqualTo(before);
		assertThat(after.results()).isEmpty();
		assertThat(after.csv()).doesNotContain("Kinderen");
		assertThat(after.written()).doesNotContain(REAL_TEXT).doesNotContain("Opvulling");

		// Once closed, nothing comes in any more: every later reading is the same.
		this.research.close(trajectory, coordinator);
		Reading closed = read(trajectory, coordinator);
		MockHttpServletResponse late = this.mvc.perform(answer(survey, Audience.CHILDREN, 5, "Te laat"))
			.andReturn()
			.getResponse();
		assertThat(late.getContentAsString(StandardCharsets.UTF_8)).contains("Je kunt niet meer meedoen");
		assertThat(read(trajectory, coordinator)).isEqualTo(closed);
		// (What this single frozen reading still shows to someone who padded before
		// closing is the residual risk described in decision 14.)
	}

	/**
	 * What a coordinator can read: the counted results, the export and the open answers.
	 */
	private record Reading(List<SurveyResults.QuestionResult> results, String csv, String written) {
	}

	private Reading read(long trajectory, AccountPrincipal coordinator) throws Exception {
		String written = this.mvc
			.perform(get("/trajecten/" + trajectory + "/vragenlijst/open-antwoorden").with(user(coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("<input[^>]*_csrf[^>]*>", "");
		return new Reading(this.results.results(trajectory, coordinator).questions(), csv(trajectory, coordinator),
				written);
	}

	private String csv(long trajectory, AccountPrincipal coordinator) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/trajecten/" + trajectory + "/vragenlijst/antwoorden.csv").with(user(coordinator)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A complete answer through the audience's link, as a browser sends it. */
	private MockHttpServletRequestBuilder answer(ResearchFixtures.Created survey, Audience audience, int choice,
			String text) {
		SurveyResponses.Form form = this.research.form(survey.token(audience));
		MockHttpServletRequestBuilder request = post("/vragenlijst/" + survey.token(audience)).with(csrf());
		for (SurveyResponses.AskedQuestion question : form.questions()) {
			String value = switch (question.type()) {
				case SCALE -> Integer.toString(choice);
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> Integer.toString(choice % question.options().size());
				case OPEN -> text;
			};
			request.param("q" + question.id(), value);
		}
		return request;
	}

}
