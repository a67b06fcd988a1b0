package nl.nvp.goedegesprek.research;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.figures.FigureForm;
import nl.nvp.goedegesprek.research.figures.RegionalFigures;
import nl.nvp.goedegesprek.research.report.FindingForm;
import nl.nvp.goedegesprek.research.report.ResearchFindings;
import nl.nvp.goedegesprek.research.response.SurveyResponses;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.research.survey.QuestionDraft;
import nl.nvp.goedegesprek.research.survey.QuestionType;
import nl.nvp.goedegesprek.research.survey.SurveyTemplates;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The research module's state-changing forms, for the double-submit test: the national
 * catalogue of indicators and survey templates, a trajectory's figures, survey,
 * questions, quotes, findings and publication, and the anonymous survey answer.
 */
@TestComponent
public class ResearchForms implements FormCatalogue {

	private final AccountFixtures accounts;

	private final TrajectoryFixtures trajectories;

	private final ResearchFixtures research;

	private final RegionalFigures figures;

	private final ResearchFindings findings;

	private final SurveyTemplates templates;

	private final JdbcClient jdbc;

	ResearchForms(AccountFixtures accounts, TrajectoryFixtures trajectories, ResearchFixtures research,
			RegionalFigures figures, ResearchFindings findings, SurveyTemplates templates, JdbcClient jdbc) {
		this.accounts = accounts;
		this.trajectories = trajectories;
		this.research = research;
		this.figures = figures;
		this.findings = findings;
		this.templates = templates;
		this.jdbc = jdbc;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(indicators(), indicator(), nationalFigure(), nationalFigureRemoved(), figure(), ownIndicator(),
				figureRemoved(), finding(), findingRemoved(), publish(), withdraw(), survey(), quote(), settings(),
				newLink(), open(), close(), question(), questionChanged(), questionMoved("omhoog", 1),
				questionMoved("omlaag", 0), questionRemoved(), answer(), template(), templateDescribed(),
				templateQuestion(), templateQuestionChanged(), templateQuestionMoved("omhoog", 1),
				templateQuestionMoved("omlaag", 0), templateQuestionRemoved());
	}

	// The national catalogue of indicators.

	private FormCase indicators() {
		return FormCase.of("POST /indicatoren", () -> {
			String name = "Indicator " + UUID.randomUUID();
			return new Prepared("/indicatoren/nieuw", user(national()),
					() -> post("/indicatoren").param("name", name).param("unit", "kinderen"));
		});
	}

	private FormCase indicator() {
		return FormCase.of("POST /indicatoren/{indicatorId}", () -> {
			long id = catalogueIndicator();
			String name = "Anders " + UUID.randomUUID();
			return new Prepared("/indicatoren/" + id, user(national()),
					() -> post("/indicatoren/" + id).param("name", name)
						.param("unit", "gezinnen")
						.param("version", "0"));
		});
	}

	private FormCase nationalFigure() {
		return FormCase.of("POST /indicatoren/{indicatorId}/landelijke-cijfers", () -> {
			long id = catalogueIndicator();
			return new Prepared("/indicatoren/" + id, user(national()),
					() -> post("/indicatoren/" + id + "/landelijke-cijfers").param("year", "2024")
						.param("value", "1200")
						.param("source", "CBS"));
		});
	}

	private FormCase nationalFigureRemoved() {
		return FormCase.of("POST /indicatoren/{indicatorId}/landelijke-cijfers/{year}/verwijderen", () -> {
			long id = catalogueIndicator();
			this.jdbc.sql("insert into national_figure (indicator_id, year, value, source) values (?, 2023, 10, 'CBS')")
				.param(id)
				.update();
			return new Prepared("/indicatoren/" + id, user(national()),
					() -> post("/indicatoren/" + id + "/landelijke-cijfers/2023/verwijderen"));
		});
	}

	// A trajectory's figures.

	private FormCase figure() {
		return FormCase.of("POST /trajecten/{id}/cijfers", () -> {
			Running running = running();
			long indicator = this.research.catalogueIndicatorId();
			return new Prepared("/trajecten/" + running.id() + "/cijfers/nieuw", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/cijfers")
						.param("indicatorId", String.valueOf(indicator))
						.param("year", "2024")
						.param("value", "310")
						.param("source", "Gemeente"));
		});
	}

	private FormCase ownIndicator() {
		return FormCase.of("POST /trajecten/{id}/cijfers/indicatoren", () -> {
			Running running = running();
			return new Prepared("/trajecten/" + running.id() + "/cijfers/indicatoren/nieuw",
					user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/cijfers/indicatoren").param("name", "Eigen indicator")
						.param("unit", "gesprekken"));
		});
	}

	private FormCase figureRemoved() {
		return FormCase.of("POST /trajecten/{id}/cijfers/{figureId}/verwijderen", () -> {
			Running running = running();
			FigureForm form = new FigureForm();
			form.setIndicatorId(this.research.catalogueIndicatorId());
			form.setYear(2023);
			form.setValue(BigDecimal.TEN);
			form.setSource("Gemeente");
			this.figures.add(running.id(), form, running.coordinator());
			long figure = this.jdbc.sql("select id from regional_figure where trajectory_id = ?")
				.param(running.id())
				.query(Long.class)
				.single();
			return new Prepared("/trajecten/" + running.id() + "/cijfers", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/cijfers/" + figure + "/verwijderen"));
		});
	}

	// Findings and publication.

	private FormCase finding() {
		return FormCase.of("POST /trajecten/{id}/onderzoek/bevindingen", () -> {
			Running running = running();
			return new Prepared("/trajecten/" + running.id() + "/onderzoek/bevindingen", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/onderzoek/bevindingen").param("topic", "Matching")
						.param("text", "Pleeggezinnen willen eerder betrokken worden bij de matching."));
		});
	}

	private FormCase findingRemoved() {
		return FormCase.of("POST /trajecten/{id}/onderzoek/bevindingen/{findingId}/verwijderen", () -> {
			Running running = running();
			FindingForm form = new FindingForm();
			form.setTopic("Matching");
			form.setText("Te laat betrokken.");
			this.findings.add(running.id(), form, running.coordinator());
			long finding = this.jdbc.sql("select id from research_finding where trajectory_id = ?")
				.param(running.id())
				.query(Long.class)
				.single();
			return new Prepared("/trajecten/" + running.id() + "/onderzoek/bevindingen", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/onderzoek/bevindingen/" + finding + "/verwijderen"));
		});
	}

	private FormCase publish() {
		return FormCase.of("POST /trajecten/{id}/onderzoek/publiceren", () -> {
			Running running = running();
			this.research.openSurvey(running.id(), running.coordinator());
			this.research.close(running.id(), running.coordinator());
			return new Prepared("/trajecten/" + running.id() + "/onderzoek", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/onderzoek/publiceren").param("version", "0"));
		});
	}

	private FormCase withdraw() {
		return FormCase.of("POST /trajecten/{id}/onderzoek/intrekken", () -> {
			Running running = running();
			this.research.openSurvey(running.id(), running.coordinator());
			this.research.publish(running.id(), running.coordinator());
			long version = this.jdbc.sql("select version from research_summary where trajectory_id = ?")
				.param(running.id())
				.query(Long.class)
				.single();
			return new Prepared("/trajecten/" + running.id() + "/onderzoek", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/onderzoek/intrekken").param("version",
							String.valueOf(version)));
		});
	}

	// The trajectory's survey.

	private FormCase survey() {
		return FormCase.of("POST /trajecten/{id}/vragenlijst", () -> {
			Running running = running();
			long template = this.research.seededTemplateId();
			return new Prepared("/trajecten/" + running.id() + "/vragenlijst", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/vragenlijst")
						.param("templateId", String.valueOf(template))
						.param("title", "Beleving")
						.param("opensOn", TestClock.today().toString())
						.param("closesOn", TestClock.today().plusWeeks(4).toString()));
		});
	}

	private FormCase quote() {
		return FormCase.of("POST /trajecten/{id}/vragenlijst/antwoorden/{answerId}/citaat", () -> {
			Running running = running();
			ResearchFixtures.Created survey = this.research.openSurvey(running.id(), running.coordinator());
			this.research.answer(survey, Audience.FOSTER_FAMILIES, 4, "Wij voelen ons gehoord door de school.");
			this.research.close(running.id(), running.coordinator());
			UUID answer = this.jdbc.sql(
					"select a.id from survey_answer a join survey_response r on r.id = a.response_id where r.survey_id = ? and a.text is not null")
				.param(survey.surveyId())
				.query(UUID.class)
				.list()
				.get(0);
			return new Prepared("/trajecten/" + running.id() + "/vragenlijst/open-antwoorden",
					user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/vragenlijst/antwoorden/" + answer + "/citaat")
						.param("quote", "Wij voelen ons gehoord."));
		});
	}

	private FormCase settings() {
		return FormCase.of("POST /trajecten/{id}/vragenlijst/instellingen", () -> {
			Running running = running();
			this.research.draftSurvey(running.id(), running.coordinator());
			long version = surveyVersion(running.id());
			return new Prepared("/trajecten/" + running.id() + "/vragenlijst/instellingen", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/vragenlijst/instellingen").param("title", "Later")
						.param("opensOn", TestClock.today().plusDays(1).toString())
						.param("closesOn", TestClock.today().plusWeeks(5).toString())
						.param("version", String.valueOf(version)));
		});
	}

	private FormCase newLink() {
		return FormCase.of("POST /trajecten/{id}/vragenlijst/nieuwe-link/{audience}", () -> {
			Running running = running();
			ResearchFixtures.Created survey = this.research.openSurvey(running.id(), running.coordinator());
			String hash = SecretToken.sha256(survey.token(Audience.PARENTS));
			String path = "/trajecten/" + running.id() + "/vragenlijst/nieuwe-link/ouders";
			return new Prepared(path, user(running.coordinator()), () -> post(path).param("link", hash));
		});
	}

	private FormCase open() {
		return FormCase.of("POST /trajecten/{id}/vragenlijst/openen", () -> {
			Running running = running();
			this.research.draftSurvey(running.id(), running.coordinator());
			long version = surveyVersion(running.id());
			return new Prepared("/trajecten/" + running.id() + "/vragenlijst", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/vragenlijst/openen").param("version",
							String.valueOf(version)));
		});
	}

	private FormCase close() {
		return FormCase.of("POST /trajecten/{id}/vragenlijst/sluiten", () -> {
			Running running = running();
			this.research.openSurvey(running.id(), running.coordinator());
			long version = surveyVersion(running.id());
			return new Prepared("/trajecten/" + running.id() + "/vragenlijst", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/vragenlijst/sluiten").param("version",
							String.valueOf(version)));
		});
	}

	private FormCase question() {
		return FormCase.of("POST /trajecten/{id}/vragenlijst/vragen", () -> {
			Running running = running();
			this.research.draftSurvey(running.id(), running.coordinator());
			return new Prepared("/trajecten/" + running.id() + "/vragenlijst/vragen/nieuw", user(running.coordinator()),
					() -> asked(post("/trajecten/" + running.id() + "/vragenlijst/vragen"), "Hoe gaat het op school?"));
		});
	}

	private FormCase questionChanged() {
		return FormCase.of("POST /trajecten/{id}/vragenlijst/vragen/{questionId}", () -> {
			Running running = running();
			long question = this.research.draftSurvey(running.id(), running.coordinator()).questionIds().get(0);
			String path = "/trajecten/" + running.id() + "/vragenlijst/vragen/" + question;
			return new Prepared(path, user(running.coordinator()),
					() -> asked(post(path), "Hoe gaat het met je pleegkind?"));
		});
	}

	private FormCase questionMoved(String direction, int index) {
		return FormCase.of("POST /trajecten/{id}/vragenlijst/vragen/{questionId}/" + direction, () -> {
			Running running = running();
			long question = this.research.draftSurvey(running.id(), running.coordinator()).questionIds().get(index);
			return new Prepared("/trajecten/" + running.id() + "/vragenlijst", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/vragenlijst/vragen/" + question + "/" + direction));
		})
			.twoPagesMayRepeat("Each press moves the question one place (decision 28): two presses, from two pages, "
					+ "are two moves; a move never adds or removes a question");
	}

	private FormCase questionRemoved() {
		return FormCase.of("POST /trajecten/{id}/vragenlijst/vragen/{questionId}/verwijderen", () -> {
			Running running = running();
			long question = this.research.draftSurvey(running.id(), running.coordinator()).questionIds().get(0);
			return new Prepared("/trajecten/" + running.id() + "/vragenlijst", user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/vragenlijst/vragen/" + question + "/verwijderen"));
		});
	}

	// The anonymous answer.

	private FormCase answer() {
		return FormCase.of("POST /vragenlijst/{token}", () -> {
			Running running = running();
			ResearchFixtures.Created survey = this.research.openSurvey(running.id(), running.coordinator());
			String token = survey.token(Audience.FOSTER_FAMILIES);
			SurveyResponses.Form form = this.research.form(token);
			return new Prepared("/vragenlijst/" + token, null, () -> {
				MockHttpServletRequestBuilder request = post("/vragenlijst/" + token);
				for (SurveyResponses.AskedQuestion question : form.questions()) {
					switch (question.type()) {
						case SCALE -> request.param("q" + question.id(), "4");
						case SINGLE_CHOICE, MULTIPLE_CHOICE -> request.param("q" + question.id(), "0");
						case OPEN -> request.param("q" + question.id(), "Goed geregeld.");
					}
				}
				return request;
			});
		});
	}

	// The national survey templates.

	private FormCase template() {
		return FormCase.of("POST /vragenlijstsjablonen", () -> {
			String name = "Sjabloon " + UUID.randomUUID();
			return new Prepared("/vragenlijstsjablonen/nieuw", user(national()),
					() -> post("/vragenlijstsjablonen").param("name", name));
		});
	}

	private FormCase templateDescribed() {
		return FormCase.of("POST /vragenlijstsjablonen/{templateId}", () -> {
			long template = this.research.template("Sjabloon " + UUID.randomUUID());
			String name = "Hernoemd " + UUID.randomUUID();
			long version = this.jdbc.sql("select version from survey_template where id = ?")
				.param(template)
				.query(Long.class)
				.single();
			return new Prepared("/vragenlijstsjablonen/" + template, user(national()),
					() -> post("/vragenlijstsjablonen/" + template).param("name", name)
						.param("version", String.valueOf(version)));
		});
	}

	private FormCase templateQuestion() {
		return FormCase.of("POST /vragenlijstsjablonen/{templateId}/vragen", () -> {
			long template = this.research.template("Sjabloon " + UUID.randomUUID());
			return new Prepared("/vragenlijstsjablonen/" + template + "/vragen/nieuw", user(national()),
					() -> asked(post("/vragenlijstsjablonen/" + template + "/vragen"), "Wat kan beter?"));
		});
	}

	private FormCase templateQuestionChanged() {
		return FormCase.of("POST /vragenlijstsjablonen/{templateId}/vragen/{questionId}", () -> {
			long template = this.research.template("Sjabloon " + UUID.randomUUID());
			long question = this.research.firstQuestionOfTemplate(template);
			String path = "/vragenlijstsjablonen/" + template + "/vragen/" + question;
			return new Prepared(path, user(national()), () -> asked(post(path), "Hoe gaat het thuis?"));
		});
	}

	private FormCase templateQuestionMoved(String direction, int index) {
		return FormCase.of("POST /vragenlijstsjablonen/{templateId}/vragen/{questionId}/" + direction, () -> {
			long template = twoQuestionTemplate();
			long question = templateQuestions(template).get(index);
			return new Prepared("/vragenlijstsjablonen/" + template, user(national()),
					() -> post("/vragenlijstsjablonen/" + template + "/vragen/" + question + "/" + direction));
		})
			.twoPagesMayRepeat("Each press moves the question one place (decision 28): two presses, from two pages, "
					+ "are two moves; a move never adds or removes a question");
	}

	private FormCase templateQuestionRemoved() {
		return FormCase.of("POST /vragenlijstsjablonen/{templateId}/vragen/{questionId}/verwijderen", () -> {
			long template = twoQuestionTemplate();
			long question = templateQuestions(template).get(0);
			return new Prepared("/vragenlijstsjablonen/" + template, user(national()),
					() -> post("/vragenlijstsjablonen/" + template + "/vragen/" + question + "/verwijderen"));
		});
	}

	// Helpers.

	private long twoQuestionTemplate() {
		long template = this.research.template("Sjabloon " + UUID.randomUUID());
		this.templates.addQuestion(template, new QuestionDraft(QuestionType.OPEN, "Wat wil je nog zeggen?", null,
				Set.of(Audience.FOSTER_FAMILIES), false, List.of(), null, null));
		return template;
	}

	private List<Long> templateQuestions(long template) {
		return this.jdbc.sql("select id from survey_question where template_id = ? order by position")
			.param(template)
			.query(Long.class)
			.list();
	}

	private static MockHttpServletRequestBuilder asked(MockHttpServletRequestBuilder request, String text) {
		return request.param("type", "SCALE")
			.param("text", text)
			.param("audiences", "FOSTER_FAMILIES")
			.param("required", "true")
			.param("scaleLow", "Slecht")
			.param("scaleHigh", "Goed");
	}

	private long surveyVersion(long trajectory) {
		return this.jdbc.sql("select version from survey where trajectory_id = ?")
			.param(trajectory)
			.query(Long.class)
			.single();
	}

	private long catalogueIndicator() {
		return this.jdbc.sql("insert into indicator (name, unit) values (?, 'kinderen') returning id")
			.param("Catalogus " + UUID.randomUUID())
			.query(Long.class)
			.single();
	}

	private AccountPrincipal national() {
		return this.accounts.create(Role.NATIONAL_COORDINATOR);
	}

	private Running running() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long id = this.trajectories.createRunning("JZ32", "Onderzoek " + UUID.randomUUID(), coordinator.id());
		return new Running(id, coordinator);
	}

	private record Running(long id, AccountPrincipal coordinator) {
	}

}
