package nl.nvp.goedegesprek.research.response;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.research.survey.QuestionType;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The anonymity of survey answers, checked in the database itself: the tables cannot hold
 * anything that points to a person or to when they answered, and an answer sent with an
 * address, a browser name and a cookie stores none of them.
 */
@IntegrationTest
class SurveyAnonymityTest {

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

	@Test
	void responseTablesHaveNoColumnThatCouldIdentifySomeone() {
		// No day either: a stored day could be matched to who was where when, and would
		// let answers be listed in order of arrival.
		assertThat(columns("survey_response")).containsExactlyInAnyOrder("id:uuid", "survey_id:bigint",
				"audience:character varying");
		assertThat(columns("survey_answer")).containsExactlyInAnyOrder("id:uuid", "response_id:uuid",
				"question_id:bigint", "choice:smallint", "text:character varying", "quote:character varying");
		// Nothing refers to accounts, registrations or meetings.
		List<String> references = this.jdbc.queryForList("""
				select ccu.table_name from information_schema.table_constraints tc
				join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
				where tc.constraint_type = 'FOREIGN KEY' and tc.table_name in ('survey_response', 'survey_answer')
				""", String.class);
		assertThat(references).containsOnly("survey", "survey_response", "survey_question");
	}

	@Test
	void anAnswerStoresTheAudienceAndTheAnswersOnly() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ05");
		long trajectory = this.trajectories.createRunning("JZ05", "Anoniem", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		SurveyResponses.Form form = this.research.form(survey.token(Audience.FOSTER_FAMILIES));
		var request = post("/vragenlijst/" + survey.token(Audience.FOSTER_FAMILIES)).with(csrf()).with((r) -> {
			r.setRemoteAddr("203.0.113.77");
			return r;
		})
			.header("X-Forwarded-For", "198.51.100.23")
			.header("User-Agent", "TestBrowser/9.9 (Anonymity)")
			.header("Cookie", "gg-sessie=abc123");
		for (SurveyResponses.AskedQuestion question : form.questions()) {
			request.param("q" + question.id(), (question.type() == QuestionType.OPEN) ? "Mijn eigen woorden" : "1");
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getHeader("Set-Cookie")).startsWith(PublicSurveyController.ANSWERED_COOKIE + "=ja;");

		List<Map<String, Object>> responses = this.jdbc
			.queryForList("select * from survey_response where survey_id = ?", survey.surveyId());
		assertThat(responses).hasSize(1);
		Map<String, Object> row = responses.get(0);
		assertThat(((UUID) row.get("id")).version()).as("a random id, not a sequence").isEqualTo(4);
		String everything = this.jdbc
			.queryForList(
					"select r::text || a::text from survey_response r join survey_answer a on a.response_id = r.id"
							+ " where r.survey_id = ?",
					String.class, survey.surveyId())
			.toString();
		assertThat(everything).contains("Mijn eigen woorden")
			.doesNotContain("203.0.113.77")
			.doesNotContain("198.51.100.23")
			.doesNotContain("TestBrowser")
			.doesNotContain("abc123")
			.doesNotContain(coordinator.getUsername());
		// No day and no time anywhere in the survey's responses.
		assertThat(this.jdbc.queryForList("""
				select data_type from information_schema.columns
				where table_name in ('survey_response', 'survey_answer')
				  and (data_type like 'time%' or data_type = 'date')
				""", String.class)).isEmpty();
	}

	private List<String> columns(String table) {
		return this.jdbc.queryForList(
				"select column_name || ':' || data_type from information_schema.columns where table_name = ?",
				String.class, table);
	}

}
