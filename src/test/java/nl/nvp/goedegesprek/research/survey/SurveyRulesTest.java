package nl.nvp.goedegesprek.research.survey;

import java.util.List;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.report.ResearchPublication;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The survey's rules, through its services: questions freeze when the survey opens,
 * results are shared only once the survey is closed, and a shared survey stays closed.
 */
@IntegrationTest
class SurveyRulesTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private Surveys surveys;

	@Autowired
	private SurveyQuestions questions;

	@Autowired
	private ResearchPublication publication;

	@Autowired
	private SurveyRepository repository;

	private static final QuestionDraft DRAFT = new QuestionDraft(QuestionType.OPEN, "Nieuw?", null,
			Set.of(Audience.FOSTER_FAMILIES), false, List.of(), null, null);

	/** Another question: a survey has each question text once (decision 28). */
	private static final QuestionDraft OTHER = new QuestionDraft(QuestionType.OPEN, "Nog iets?", null,
			Set.of(Audience.FOSTER_FAMILIES), false, List.of(), null, null);

	@Test
	void questionsFreezeWhenTheSurveyOpens() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ12");
		long trajectory = this.trajectories.createRunning("JZ12", "Bevroren vragen", coordinator.id());
		ResearchFixtures.Created survey = this.research.draftSurvey(trajectory, coordinator);
		long first = survey.questionIds().get(0);
		// Before opening the questions may change.
		this.questions.changeQuestion(trajectory, first, DRAFT, coordinator);
		this.questions.addQuestion(trajectory, OTHER, coordinator);

		this.surveys.open(trajectory, this.repository.findByTrajectory(trajectory).orElseThrow().getVersion(),
				coordinator);
		assertThatThrownBy(() -> this.questions.changeQuestion(trajectory, first, DRAFT, coordinator))
			.isInstanceOf(RuleException.class)
			.hasMessage("survey.rule.opened");
		assertThatThrownBy(() -> this.questions.removeQuestion(trajectory, first, coordinator))
			.isInstanceOf(RuleException.class);
		assertThatThrownBy(() -> this.questions.moveQuestion(trajectory, first, 1, coordinator))
			.isInstanceOf(RuleException.class);
		assertThatThrownBy(() -> this.questions.addQuestion(trajectory, DRAFT, coordinator))
			.isInstanceOf(RuleException.class);
		assertThat(this.research.created(trajectory).questionIds()).hasSize(survey.questionIds().size() + 1);
	}

	@Test
	void resultsAreSharedOnlyOnceTheSurveyIsClosedAndThenItStaysClosed() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ13");
		long trajectory = this.trajectories.createRunning("JZ13", "Delen na sluiten", coordinator.id());
		this.research.openSurvey(trajectory, coordinator);
		assertThatThrownBy(() -> this.publication.publish(trajectory, 0, coordinator)).isInstanceOf(RuleException.class)
			.hasMessage("research.rule.surveyNotClosed");
		this.research.publish(trajectory, coordinator);
		long version = this.repository.findByTrajectory(trajectory).orElseThrow().getVersion();
		assertThatThrownBy(() -> this.surveys.open(trajectory, version, coordinator)).isInstanceOf(RuleException.class)
			.hasMessage("survey.rule.published");
	}

}
