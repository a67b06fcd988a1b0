package nl.nvp.goedegesprek.research;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.figures.IndicatorRepository;
import nl.nvp.goedegesprek.research.report.ResearchPublication;
import nl.nvp.goedegesprek.research.response.SurveyResponses;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.research.survey.Question;
import nl.nvp.goedegesprek.research.survey.QuestionDraft;
import nl.nvp.goedegesprek.research.survey.QuestionType;
import nl.nvp.goedegesprek.research.survey.Survey;
import nl.nvp.goedegesprek.research.survey.SurveyForm;
import nl.nvp.goedegesprek.research.survey.SurveyRepository;
import nl.nvp.goedegesprek.research.survey.SurveyStatus;
import nl.nvp.goedegesprek.research.survey.SurveyTemplateRepository;
import nl.nvp.goedegesprek.research.survey.SurveyTemplates;
import nl.nvp.goedegesprek.research.survey.Surveys;
import nl.nvp.goedegesprek.research.survey.TemplateForm;
import nl.nvp.goedegesprek.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Surveys, templates and anonymous responses for tests, made through the module's own
 * services.
 */
@TestComponent
public class ResearchFixtures {

	/** The template that the first migration seeds. */
	public static final String SEEDED_TEMPLATE = "Beleving van pleegzorg in de regio";

	private final Surveys surveys;

	private final SurveyResponses responses;

	private final SurveyRepository surveyRepository;

	private final SurveyTemplateRepository templates;

	private final ResearchPublication publication;

	private final SurveyTemplates templateService;

	private final TransactionTemplate transactions;

	@Autowired
	private IndicatorRepository indicators;

	ResearchFixtures(Surveys surveys, SurveyResponses responses, SurveyRepository surveyRepository,
			SurveyTemplateRepository templates, ResearchPublication publication, SurveyTemplates templateService,
			TransactionTemplate transactions) {
		this.templateService = templateService;
		this.surveys = surveys;
		this.responses = responses;
		this.surveyRepository = surveyRepository;
		this.templates = templates;
		this.publication = publication;
		this.transactions = transactions;
	}

	/** A survey made from the seeded template and opened today, with its links. */
	public record Created(long surveyId, Map<Audience, String> tokens, List<Long> questionIds) {

		public String token(Audience audience) {
			return this.tokens.get(audience);
		}

	}

	public Created openSurvey(long trajectoryId, AccountPrincipal coordinator) {
		draftSurvey(trajectoryId, coordinator);
		Survey survey = this.surveyRepository.findByTrajectory(trajectoryId).orElseThrow();
		this.surveys.open(trajectoryId, survey.getVersion(), coordinator);
		return created(trajectoryId);
	}

	/**
	 * A survey from the seeded template, not yet opened: its questions may still change.
	 */
	public Created draftSurvey(long trajectoryId, AccountPrincipal coordinator) {
		SurveyForm form = new SurveyForm();
		form.setTemplateId(seededTemplateId());
		form.setTitle("Vragenlijst");
		form.setOpensOn(TestClock.today().minusDays(1));
		form.setClosesOn(TestClock.today().plusWeeks(4));
		this.surveys.create(trajectoryId, form, coordinator);
		return created(trajectoryId);
	}

	public Created created(long trajectoryId) {
		return this.transactions.execute((status) -> {
			Survey survey = this.surveyRepository.findByTrajectory(trajectoryId).orElseThrow();
			return new Created(survey.getId(), new EnumMap<>(survey.getLinks()),
					survey.getQuestions().stream().map(Question::getId).toList());
		});
	}

	/** The first indicator of the national catalogue. */
	public long catalogueIndicatorId() {
		return this.indicators.findCatalogue().get(0).getId();
	}

	public long seededTemplateId() {
		return this.templates.findListed()
			.stream()
			.filter((template) -> template.name().equals(SEEDED_TEMPLATE))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** A template of its own with one scale question, for tests that change templates. */
	public long template(String name) {
		TemplateForm form = new TemplateForm();
		form.setName(name);
		long id = this.templateService.create(form);
		this.templateService.addQuestion(id, new QuestionDraft(QuestionType.SCALE, "Hoe gaat het?", null,
				Set.of(Audience.FOSTER_FAMILIES), true, List.of(), "Slecht", "Goed"));
		return id;
	}

	public long firstQuestionOfTemplate(long templateId) {
		return this.transactions.execute(
				(status) -> this.templates.findWithQuestions(templateId).orElseThrow().getQuestions().get(0).getId());
	}

	/**
	 * One anonymous response through the audience's link, answering every question shown
	 * to that audience: scale and choice questions with the given number (options wrap),
	 * open questions with the text.
	 */
	public void answer(Created survey, Audience audience, int choice, String text) {
		SurveyResponses.Form form = this.responses.form(survey.token(audience));
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		for (SurveyResponses.AskedQuestion question : form.questions()) {
			String name = "q" + question.id();
			switch (question.type()) {
				case SCALE -> parameters.add(name, Integer.toString(choice));
				case SINGLE_CHOICE, MULTIPLE_CHOICE ->
					parameters.add(name, Integer.toString(choice % question.options().size()));
				case OPEN -> {
					if (text != null) {
						parameters.add(name, text);
					}
				}
			}
		}
		SurveyResponses.Outcome outcome = this.responses.submit(survey.token(audience), parameters);
		if (!outcome.saved()) {
			throw new IllegalStateException("Not saved: " + outcome);
		}
	}

	public SurveyResponses.Form form(String token) {
		return this.responses.form(token);
	}

	/** Closes the survey: its results and open answers are read only from then on. */
	public void close(long trajectoryId, AccountPrincipal coordinator) {
		this.surveyRepository.findByTrajectory(trajectoryId)
			.filter((survey) -> survey.getStatus() == SurveyStatus.OPEN)
			.ifPresent((survey) -> this.surveys.close(trajectoryId, survey.getVersion(), coordinator));
	}

	/** Closes the survey (results are shared only then) and publishes the results. */
	public void publish(long trajectoryId, AccountPrincipal coordinator) {
		close(trajectoryId, coordinator);
		this.publication.publish(trajectoryId, 0, coordinator);
	}

}
