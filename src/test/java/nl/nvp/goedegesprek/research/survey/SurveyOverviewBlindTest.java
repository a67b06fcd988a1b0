package nl.nvp.goedegesprek.research.survey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The padding attack of decision 14 needs to know when a small group holds exactly one
 * real answer: whoever reads the survey's overview while it is open must learn nothing
 * about how many have answered, per audience or in total, also not from whether the
 * questions may still change. The test answers and compares the overview before and
 * after.
 */
@IntegrationTest
class SurveyOverviewBlindTest {

	private static final QuestionDraft DRAFT = new QuestionDraft(QuestionType.OPEN, "Nieuw?", null,
			Set.of(Audience.FOSTER_FAMILIES), false, List.of(), null, null);

	/** Another question: a survey has each question text once (decision 28). */
	private static final QuestionDraft OTHER = new QuestionDraft(QuestionType.OPEN, "Nog iets?", null,
			Set.of(Audience.FOSTER_FAMILIES), false, List.of(), null, null);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private SurveyQuestions questions;

	@Test
	void theOverviewOfAnOpenSurveyIsTheSameWhateverCameIn() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ18");
		long trajectory = this.trajectories.createRunning("JZ18", "Blind tellen", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		long first = survey.questionIds().get(0);

		String empty = overview(trajectory, coordinator);
		assertThat(empty).doesNotContain(">minder dan 5<").contains("De vragenlijst is geopend.");
		// Questions freeze when the survey opens, not at the first answer: a refusal that
		// came only after an answer would tell the coordinator that someone answered.
		assertThatThrownBy(() -> this.questions.changeQuestion(trajectory, first, DRAFT, coordinator))
			.isInstanceOf(RuleException.class)
			.hasMessage("survey.rule.opened");

		// The attacker pads the children to four and waits for the one real child.
		for (int i = 0; i < 4; i++) {
			this.research.answer(survey, Audience.CHILDREN, 1, "Opvulling");
		}
		assertThat(overview(trajectory, coordinator)).isEqualTo(empty);
		this.research.answer(survey, Audience.CHILDREN, 4, "Echt");
		for (int i = 0; i < 7; i++) {
			this.research.answer(survey, Audience.FOSTER_FAMILIES, 2, "Pleeggezin");
		}
		assertThat(overview(trajectory, coordinator)).isEqualTo(empty);
		assertThatThrownBy(() -> this.questions.changeQuestion(trajectory, first, DRAFT, coordinator))
			.isInstanceOf(RuleException.class)
			.hasMessage("survey.rule.opened");

		// Once closed the overview says per audience what the results say.
		this.research.close(trajectory, coordinator);
		String closed = overview(trajectory, coordinator);
		assertThat(closed).containsPattern("data-audience=\"CHILDREN\"[\\s\\S]*?>minder dan 5<")
			.containsPattern("data-audience=\"FOSTER_FAMILIES\"[\\s\\S]*?<td>7</td>");
	}

	@Test
	void questionsChangeUntilTheSurveyOpens() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ18");
		long trajectory = this.trajectories.createRunning("JZ18", "Vragen tot openen", coordinator.id());
		ResearchFixtures.Created survey = this.research.draftSurvey(trajectory, coordinator);
		long first = survey.questionIds().get(0);
		this.questions.changeQuestion(trajectory, first, DRAFT, coordinator);
		this.questions.addQuestion(trajectory, OTHER, coordinator);
		assertThat(this.research.created(trajectory).questionIds()).hasSize(survey.questionIds().size() + 1);
	}

	private String overview(long trajectory, AccountPrincipal coordinator) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/trajecten/" + trajectory + "/vragenlijst").with(user(coordinator)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8).replaceAll("<input[^>]*_csrf[^>]*>", "");
	}

}
