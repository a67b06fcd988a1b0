package nl.nvp.goedegesprek.research.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.research.survey.Question;
import nl.nvp.goedegesprek.research.survey.QuestionType;
import nl.nvp.goedegesprek.research.survey.Survey;
import nl.nvp.goedegesprek.research.survey.SurveyRepository;
import nl.nvp.goedegesprek.research.survey.SurveyStatus;
import nl.nvp.goedegesprek.shared.SmallGroups;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey's results, counted in the database: per question and audience the number of
 * respondents and how often each answer was chosen. A breakdown of fewer than
 * {@value #MIN_GROUP} respondents is never shown, so that nobody in a small group can be
 * recognised by their answers; no total across audiences is shown either, since a total
 * minus the groups shown would reveal a hidden group. Nothing is counted before the
 * survey has closed: everyone who reads the results, coordinators included, reads the one
 * state frozen at closing, so no two readings can be compared to find one new answer
 * (decision 14). Written answers are read in {@link WrittenAnswers}, the export is made
 * by {@link SurveyExport}.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

	static final int MIN_GROUP = SmallGroups.MIN_SIZE;

	private final SurveyRepository surveys;

	private final SurveyResultRepository responses;

	private final ResearchAccess access;

	private final Clock clock;

	SurveyResults(SurveyRepository surveys, SurveyResultRepository responses, ResearchAccess access, Clock clock) {
		this.surveys = surveys;
		this.responses = responses;
		this.access = access;
		this.clock = clock;
	}

	public record Bar(String label, long count, int percent) {
	}

	public record AudienceResult(Audience audience, long respondents, List<Bar> bars, BigDecimal mean) {

		public boolean hidden() {
			return this.respondents < MIN_GROUP;
		}

	}

	public record Quote(Audience audience, String text) {
	}

	public record QuestionResult(long id, int number, String text, QuestionType type, List<AudienceResult> audiences,
			List<Quote> quotes) {
	}

	public record AudienceCount(Audience audience, long responses) {

		public boolean hidden() {
			return this.responses < MIN_GROUP;
		}

	}

	/**
	 * The results; {@code closed} false means the survey still takes answers and nothing
	 * is counted yet.
	 */
	public record Results(TrajectoryRef trajectory, String title, SurveyStatus status, boolean closed,
			List<AudienceCount> responses, List<QuestionResult> questions, boolean published) {

		public boolean hasSurvey() {
			return this.title != null;
		}

		public boolean coordinator() {
			return this.trajectory.manageable();
		}

	}

	Results results(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.resultsReader(trajectoryId, user);
		return results(trajectory);
	}

	/** The results, for someone already allowed to read them. */
	public Results results(TrajectoryRef trajectory) {
		boolean published = this.access.isPublished(trajectory.id());
		Optional<Survey> found = this.surveys.findByTrajectory(trajectory.id());
		if (found.isEmpty()) {
			return new Results(trajectory, null, null, false, List.of(), List.of(), published);
		}
		Survey survey = found.get();
		if (!survey.hasClosed(LocalDate.now(this.clock))) {
			// Still open: results that change could be compared before and after one
			// answer.
			return new Results(trajectory, survey.getTitle(), survey.getStatus(), false, List.of(), List.of(),
					published);
		}
		Map<Audience, Long> counts = new LinkedHashMap<>();
		this.surveys.countResponses(survey.getId())
			.forEach((row) -> counts.put(Audience.valueOf(row.getAudience()), row.getCount()));
		Map<String, Long> respondents = new HashMap<>();
		this.responses.countRespondents(survey.getId())
			.forEach((row) -> respondents.put(row.getQuestionId() + ":" + row.getAudience(), row.getCount()));
		Map<String, Long> choices = new HashMap<>();
		this.responses.countChoices(survey.getId())
			.forEach((row) -> choices.put(row.getQuestionId() + ":" + row.getAudience() + ":" + row.getChoice(),
					row.getCount()));
		// A quote is shown only where its group is shown: a quote from a group of two
		// would point to one of two people.
		Map<Long, List<Quote>> quotes = new HashMap<>();
		this.responses.findQuotes(survey.getId())
			.stream()
			.filter((row) -> respondents.getOrDefault(row.getQuestionId() + ":" + row.getAudience(), 0L) >= MIN_GROUP)
			.forEach((row) -> quotes.computeIfAbsent(row.getQuestionId(), (id) -> new ArrayList<>())
				.add(new Quote(Audience.valueOf(row.getAudience()), row.getQuote())));
		List<QuestionResult> questions = new ArrayList<>();
		for (Question question : survey.getQuestions()) {
			List<AudienceResult> perAudience = new ArrayList<>();
			for (Audience audience : Audience.values()) {
				if (!question.isFor(audience)) {
					continue;
				}
				long answered = respondents.getOrDefault(question.getId() + ":" + audience, 0L);
				perAudience.add((answered < MIN_GROUP) ? new AudienceResult(audience, answered, List.of(), null)
						: breakdown(question, audience, answered, choices));
			}
			questions.add(new QuestionResult(question.getId(), question.getPosition(), question.getText(),
					question.getType(), perAudience, quotes.getOrDefault(question.getId(), List.of())));
		}
		List<AudienceCount> audienceCounts = new ArrayList<>();
		for (Audience audience : Audience.values()) {
			if (!survey.questionsFor(audience).isEmpty()) {
				audienceCounts.add(new AudienceCount(audience, counts.getOrDefault(audience, 0L)));
			}
		}
		return new Results(trajectory, survey.getTitle(), survey.getStatus(), true, audienceCounts, questions,
				published);
	}

	private static AudienceResult breakdown(Question question, Audience audience, long answered,
			Map<String, Long> choices) {
		List<Bar> bars = new ArrayList<>();
		BigDecimal mean = null;
		if (question.getType() == QuestionType.SCALE) {
			long sum = 0;
			for (int value = 1; value <= 5; value++) {
				long count = choices.getOrDefault(question.getId() + ":" + audience + ":" + value, 0L);
				sum += value * count;
				String label = (value == 1) ? "1 – " + question.getScaleLow()
						: (value == 5) ? "5 – " + question.getScaleHigh() : Integer.toString(value);
				bars.add(new Bar(label, count, percent(count, answered)));
			}
			mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answered), 1, RoundingMode.HALF_UP);
		}
		else if (question.getType().hasOptions()) {
			for (int index = 0; index < question.getOptions().size(); index++) {
				long count = choices.getOrDefault(question.getId() + ":" + audience + ":" + index, 0L);
				bars.add(new Bar(question.getOptions().get(index), count, percent(count, answered)));
			}
		}
		return new AudienceResult(audience, answered, bars, mean);
	}

	private static int percent(long count, long of) {
		return (int) Math.round(count * 100.0 / of);
	}

}
