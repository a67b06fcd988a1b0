package nl.nvp.goedegesprek.research;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.response.SurveyResponses;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.research.survey.QuestionDraft;
import nl.nvp.goedegesprek.research.survey.QuestionType;
import nl.nvp.goedegesprek.research.survey.SurveyTemplates;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SentTwice;
import nl.nvp.goedegesprek.support.SentTwice.Page;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The research forms sent from two tabs at once (decision 28), each attempt repeated
 * because a race can pass by luck: the same finding or question is one, publishing and
 * removing twice never fail, and one browser's survey answer counts once while different
 * browsers with the same link each count.
 */
@IntegrationTest
class ResearchTwiceTest {

	private static final int ATTEMPTS = 5;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SentTwice sentTwice;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private SurveyTemplates templates;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSameFindingFromTwoTabsIsOneFindingAndAThirdSendSaysItIsThere() throws Exception {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Running running = running();
			String path = "/trajecten/" + running.id() + "/onderzoek/bevindingen";
			Supplier<MockHttpServletRequestBuilder> finding = () -> post(path).param("topic", "Matching")
				.param("text", "Pleegouders willen eerder meedenken.");
			List<MockHttpServletResponse> answers = twoTabs(path, user(running.coordinator()), finding);
			assertThat(answers).allSatisfy((answer) -> assertThat(answer.getStatus()).isLessThan(500));
			assertThat(count("select count(*) from research_finding where trajectory_id = ?", running.id()))
				.isEqualTo(1);
		}
		Running running = running();
		String path = "/trajecten/" + running.id() + "/onderzoek/bevindingen";
		Page page = this.sentTwice.open(path, user(running.coordinator()));
		for (int send = 0; send < 2; send++) {
			page = this.sentTwice.open(path, user(running.coordinator()), page.session());
			MockHttpServletResponse answer = this.mvc
				.perform(page.from(post(path).param("topic", "matching").param("text", "Te laat BETROKKEN."))
					.with(user(running.coordinator())))
				.andReturn()
				.getResponse();
			if (send == 1) {
				assertThat(answer.getStatus()).isEqualTo(200);
				assertThat(answer.getContentAsString()).contains("error-summary").contains("staat er al");
			}
		}
		assertThat(count("select count(*) from research_finding where trajectory_id = ?", running.id())).isEqualTo(1);
	}

	@Test
	void theSameSurveyQuestionFromTwoTabsIsOneQuestion() throws Exception {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Running running = running();
			ResearchFixtures.Created survey = this.research.draftSurvey(running.id(), running.coordinator());
			String path = "/trajecten/" + running.id() + "/vragenlijst/vragen";
			List<MockHttpServletResponse> answers = twoTabs(path + "/nieuw", user(running.coordinator()),
					() -> asked(post(path), "Hoe gaat het op school?"));
			assertThat(answers).allSatisfy((answer) -> assertThat(answer.getStatus()).isLessThan(500));
			assertThat(count("select count(*) from survey_question where survey_id = ?", survey.surveyId()))
				.isEqualTo(survey.questionIds().size() + 1);
		}
	}

	@Test
	void aSurveyQuestionMayNotTakeTheTextOfAnother() throws Exception {
		Running running = running();
		ResearchFixtures.Created survey = this.research.draftSurvey(running.id(), running.coordinator());
		String existing = this.jdbc.sql("select text from survey_question where id = ?")
			.param(survey.questionIds().get(0))
			.query(String.class)
			.single();
		String path = "/trajecten/" + running.id() + "/vragenlijst/vragen/" + survey.questionIds().get(1);
		Page page = this.sentTwice.open(path, user(running.coordinator()));
		MockHttpServletResponse answer = this.mvc
			.perform(page.from(asked(post(path), " " + existing.toUpperCase() + " ")).with(user(running.coordinator())))
			.andReturn()
			.getResponse();
		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).contains("Er is al een vraag met deze tekst");
	}

	@Test
	void theSameTemplateQuestionFromTwoTabsIsOneAndRemovingTwiceIsNoError() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			long template = this.research.template("Sjabloon " + UUID.randomUUID());
			String path = "/vragenlijstsjablonen/" + template + "/vragen";
			List<MockHttpServletResponse> answers = twoTabs(path + "/nieuw", user(national),
					() -> asked(post(path), "Wat kan beter?"));
			assertThat(answers).allSatisfy((answer) -> assertThat(answer.getStatus()).isLessThan(500));
			assertThat(count("select count(*) from survey_question where template_id = ?", template)).isEqualTo(2);

			this.templates.addQuestion(template, new QuestionDraft(QuestionType.OPEN, "Nog iets?", null,
					Set.of(Audience.FOSTER_FAMILIES), false, List.of(), null, null));
			long first = this.research.firstQuestionOfTemplate(template);
			answers = twoTabs("/vragenlijstsjablonen/" + template, user(national),
					() -> post(path + "/" + first + "/verwijderen"));
			assertThat(answers).allSatisfy((answer) -> assertThat(answer.getStatus()).isEqualTo(302));
			assertThat(this.jdbc.sql("select position from survey_question where template_id = ? order by position")
				.param(template)
				.query(Integer.class)
				.list()).containsExactly(1, 2);
		}
	}

	@Test
	void publishingAndRemovingFromTwoTabsNeverFail() throws Exception {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			// No survey: nothing else serialises the first publication.
			Running running = running();
			String report = "/trajecten/" + running.id() + "/onderzoek";
			List<MockHttpServletResponse> answers = twoTabs(report, user(running.coordinator()),
					() -> post(report + "/publiceren").param("version", "0"));
			assertThat(answers).allSatisfy((answer) -> assertThat(answer.getStatus()).isEqualTo(302));
			assertThat(
					count("select count(*) from research_summary where trajectory_id = ? and published_at is not null",
							running.id()))
				.isEqualTo(1);
			long version = count("select version from research_summary where trajectory_id = ?", running.id());
			answers = twoTabs(report, user(running.coordinator()),
					() -> post(report + "/intrekken").param("version", String.valueOf(version)));
			assertThat(answers).allSatisfy((answer) -> assertThat(answer.getStatus()).isEqualTo(302));
			assertThat(count("select count(*) from research_summary where trajectory_id = ? and published_at is null",
					running.id()))
				.isEqualTo(1);

			long finding = this.jdbc.sql(
					"insert into research_finding (trajectory_id, topic, text, created_at, changed_at) values (?, 'A', 'B', now(), now()) returning id")
				.param(running.id())
				.query(Long.class)
				.single();
			String findings = report + "/bevindingen";
			answers = twoTabs(findings, user(running.coordinator()),
					() -> post(findings + "/" + finding + "/verwijderen"));
			assertThat(answers).allSatisfy((answer) -> assertThat(answer.getStatus()).isEqualTo(302));

			long figure = this.jdbc.sql(
					"insert into regional_figure (trajectory_id, indicator_id, year, value, source, created_at, changed_at) values (?, ?, 2023, 1, 'X', now(), now()) returning id")
				.params(running.id(), this.research.catalogueIndicatorId())
				.query(Long.class)
				.single();
			String figures = "/trajecten/" + running.id() + "/cijfers";
			answers = twoTabs(figures, user(running.coordinator()),
					() -> post(figures + "/" + figure + "/verwijderen"));
			assertThat(answers).allSatisfy((answer) -> assertThat(answer.getStatus()).isEqualTo(302));
		}
	}

	@Test
	void oneBrowserAnsweringFromTwoTabsCountsOnceAndOthersWithTheSameLinkEachCount() throws Exception {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Running running = running();
			ResearchFixtures.Created survey = this.research.openSurvey(running.id(), running.coordinator());
			String token = survey.token(Audience.FOSTER_FAMILIES);
			String path = "/vragenlijst/" + token;
			Supplier<MockHttpServletRequestBuilder> answer = answered(token);

			// Two tabs of one browser at once: one response, both see the thanks page.
			Page first = this.sentTwice.open(path, null);
			Page second = this.sentTwice.open(path, null, first.session());
			Page later = this.sentTwice.open(path, null, first.session());
			List<MockHttpServletResponse> answers = this.sentTwice.atOnce(() -> first.from(answer.get()),
					() -> second.from(answer.get()));
			assertThat(answers).allSatisfy((response) -> {
				assertThat(response.getStatus()).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).isEqualTo(path + "/bedankt");
			});
			assertThat(responses(survey)).isEqualTo(1);
			// What the browser keeps of the answers (the session the first one made).
			Cookie[] browser = SentTwice.kept(first.session(), answers);

			// A third tab of the same browser, sent later: still one.
			MockHttpServletResponse third = this.mvc.perform(later.from(answer.get()).cookie(browser))
				.andReturn()
				.getResponse();
			assertThat(third.getRedirectedUrl()).isEqualTo(path + "/bedankt");
			assertThat(responses(survey)).isEqualTo(1);

			// Two other people with the same link, at the same moment: both count.
			Page someone = this.sentTwice.open(path, null);
			Page another = this.sentTwice.open(path, null);
			answers = this.sentTwice.atOnce(() -> someone.from(answer.get()), () -> another.from(answer.get()));
			assertThat(answers).allSatisfy((response) -> assertThat(response.getStatus()).isEqualTo(302));
			assertThat(responses(survey)).isEqualTo(3);

			// Someone else in the first browser, after "someone else answers": counts.
			MockHttpServletResponse again = this.mvc.perform(get(path).param("opnieuw", "ja").cookie(browser))
				.andReturn()
				.getResponse();
			assertThat(again.getStatus()).isEqualTo(200);
			Page sibling = this.sentTwice.open(path + "?opnieuw=ja", null, browser);
			this.mvc.perform(sibling.from(answer.get())).andReturn();
			assertThat(responses(survey)).isEqualTo(4);
		}
	}

	/** The same form sent at once from two pages (tabs) of one session. */
	private List<MockHttpServletResponse> twoTabs(String page, RequestPostProcessor who,
			Supplier<MockHttpServletRequestBuilder> request) throws Exception {
		Page first = this.sentTwice.open(page, who);
		Page second = this.sentTwice.open(page, who, first.session());
		return this.sentTwice.atOnce(() -> first.from(request.get()).with(who),
				() -> second.from(request.get()).with(who));
	}

	private Supplier<MockHttpServletRequestBuilder> answered(String token) {
		SurveyResponses.Form form = this.research.form(token);
		return () -> {
			MockHttpServletRequestBuilder request = post("/vragenlijst/" + token);
			for (SurveyResponses.AskedQuestion question : form.questions()) {
				switch (question.type()) {
					case SCALE -> request.param("q" + question.id(), "4");
					case SINGLE_CHOICE, MULTIPLE_CHOICE -> request.param("q" + question.id(), "0");
					case OPEN -> request.param("q" + question.id(), "Goed geregeld.");
				}
			}
			return request;
		};
	}

	private long responses(ResearchFixtures.Created survey) {
		return count("select count(*) from survey_response where survey_id = ?", survey.surveyId());
	}

	private static MockHttpServletRequestBuilder asked(MockHttpServletRequestBuilder request, String text) {
		return request.param("type", "SCALE")
			.param("text", text)
			.param("audiences", "FOSTER_FAMILIES")
			.param("required", "true")
			.param("scaleLow", "Slecht")
			.param("scaleHigh", "Goed");
	}

	private long count(String sql, Object id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

	private Running running() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long id = this.trajectories.createRunning("JZ32", "Onderzoek " + UUID.randomUUID(), coordinator.id());
		return new Running(id, coordinator);
	}

	private record Running(long id, AccountPrincipal coordinator) {
	}

}
