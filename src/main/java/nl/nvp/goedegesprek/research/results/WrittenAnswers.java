package nl.nvp.goedegesprek.research.results;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.research.survey.QuestionType;
import nl.nvp.goedegesprek.research.survey.Survey;
import nl.nvp.goedegesprek.research.survey.SurveyRepository;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written answers of a survey, per question: for its coordinators only, who may take
 * anonymised quotes from them for the results and the report. Like the results they are
 * read only once the survey has closed (a list read twice while answers come in shows
 * which answer is new), and listed in alphabetical order, which says nothing about when
 * they came. Quotes are taken between closing and the first publication; after that the
 * results stay as they were published (decision 14).
 */
@Service
@Transactional(readOnly = true)
public class WrittenAnswers {

	private final SurveyRepository surveys;

	private final SurveyResultRepository responses;

	private final ResearchAccess access;

	private final Clock clock;

	WrittenAnswers(SurveyRepository surveys, SurveyResultRepository responses, ResearchAccess access, Clock clock) {
		this.surveys = surveys;
		this.responses = responses;
		this.access = access;
		this.clock = clock;
	}

	public record WrittenAnswer(UUID id, Audience audience, String text, String quote) {
	}

	public record WrittenQuestion(long id, int number, String text, List<WrittenAnswer> answers) {
	}

	/**
	 * The written answers; none while the survey is open ({@code closed} false); quotes
	 * may be taken while {@code quotesMayChange}.
	 */
	public record Written(TrajectoryRef trajectory, String title, boolean closed, boolean quotesMayChange,
			List<WrittenQuestion> questions) {
	}

	/** Every written answer, per question: for the coordinators only. */
	public Written written(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.managed(trajectoryId, user);
		Survey survey = this.surveys.findByTrajectory(trajectoryId).orElseThrow(NotFoundException::new);
		boolean closed = survey.hasClosed(LocalDate.now(this.clock));
		Map<Long, List<WrittenAnswer>> answers = new HashMap<>();
		(closed ? this.responses.findTexts(survey.getId()) : List.<SurveyResultRepository.Text>of())
			.forEach((row) -> answers.computeIfAbsent(row.getQuestionId(), (id) -> new ArrayList<>())
				.add(new WrittenAnswer(row.getId(), Audience.valueOf(row.getAudience()), row.getText(),
						row.getQuote())));
		List<WrittenQuestion> questions = survey.getQuestions()
			.stream()
			.filter((question) -> question.getType() == QuestionType.OPEN)
			.map((question) -> new WrittenQuestion(question.getId(), question.getPosition(), question.getText(),
					answers.getOrDefault(question.getId(), List.of())))
			.toList();
		return new Written(trajectory, survey.getTitle(), closed,
				closed && trajectory.editable() && !this.access.wasEverPublished(trajectoryId), questions);
	}

	/** Takes an anonymised quote from a written answer, or drops it (quote null). */
	@Transactional
	public void quote(long trajectoryId, UUID answerId, String quote, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		Survey survey = this.surveys.findByTrajectory(trajectoryId).orElseThrow(NotFoundException::new);
		if (!survey.hasClosed(LocalDate.now(this.clock))) {
			throw new RuleException("survey.rule.notClosedYet");
		}
		if (this.access.wasEverPublished(trajectoryId)) {
			throw new RuleException("survey.rule.published");
		}
		this.responses.findAnswer(survey.getId(), answerId).orElseThrow(NotFoundException::new).quote(quote);
	}

}
