package nl.nvp.goedegesprek.research;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.SpreadsheetCsv;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey's results, counted in the database: per question and audience the number of
 * respondents and how often each answer was chosen. A breakdown of fewer than
 * {@value #MIN_GROUP} respondents is never shown, so that nobody in a small group can be
 * recognised by their answers; no total across audiences is shown either, since a total
 * minus the groups shown would reveal a hidden group. Written answers are for the
 * coordinators, who may take anonymised quotes from them.
 */
@Service
@Transactional(readOnly = true)
class SurveyResults {

	static final int MIN_GROUP = 5;

	private final SurveyRepository surveys;

	private final SurveyResponseRepository responses;

	private final ResearchAccess access;

	private final MessageSource messages;

	SurveyResults(SurveyRepository surveys, SurveyResponseRepository responses, ResearchAccess access,
			MessageSource messages) {
		this.surveys = surveys;
		this.responses = responses;
		this.access = access;
		this.messages = messages;
	}

	record Bar(String label, long count, int percent) {
	}

	record AudienceResult(Audience audience, long respondents, List<Bar> bars, BigDecimal mean) {

		public boolean hidden() {
			return this.respondents < MIN_GROUP;
		}

	}

	record Quote(Audience audience, String text) {
	}

	record QuestionResult(long id, int number, String text, QuestionType type, List<AudienceResult> audiences,
			List<Quote> quotes) {
	}

	record AudienceCount(Audience audience, long responses) {

		public boolean hidden() {
			return this.responses < MIN_GROUP;
		}

	}

	record Results(TrajectoryRef trajectory, String title, SurveyStatus status, List<AudienceCount> responses,
			List<QuestionResult> questions, boolean published) {

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
	Results results(TrajectoryRef trajectory) {
		boolean published = this.access.isPublished(trajectory.id());
		Optional<Survey> found = this.surveys.findByTrajectory(trajectory.id());
		if (found.isEmpty()) {
			return new Results(trajectory, null, null, List.of(), List.of(), published);
		}
		Survey survey = found.get();
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
		return new Results(trajectory, survey.getTitle(), survey.getStatus(), audienceCounts, questions, published);
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

	record WrittenAnswer(UUID id, Audience audience, String text, String quote) {
	}

	record WrittenQuestion(long id, int number, String text, List<WrittenAnswer> answers) {
	}

	record Written(TrajectoryRef trajectory, String title, List<WrittenQuestion> questions) {
	}

	/** Every written answer, per question: for the coordinators only. */
	Written written(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.managed(trajectoryId, user);
		Survey survey = this.surveys.findByTrajectory(trajectoryId).orElseThrow(NotFoundException::new);
		Map<Long, List<WrittenAnswer>> answers = new HashMap<>();
		this.responses.findTexts(survey.getId())
			.forEach((row) -> answers.computeIfAbsent(row.getQuestionId(), (id) -> new ArrayList<>())
				.add(new WrittenAnswer(row.getId(), Audience.valueOf(row.getAudience()), row.getText(),
						row.getQuote())));
		List<WrittenQuestion> questions = survey.getQuestions()
			.stream()
			.filter((question) -> question.getType() == QuestionType.OPEN)
			.map((question) -> new WrittenQuestion(question.getId(), question.getPosition(), question.getText(),
					answers.getOrDefault(question.getId(), List.of())))
			.toList();
		return new Written(trajectory, survey.getTitle(), questions);
	}

	/** Takes an anonymised quote from a written answer, or drops it (quote null). */
	@Transactional
	void quote(long trajectoryId, UUID answerId, String quote, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		Survey survey = this.surveys.findByTrajectory(trajectoryId).orElseThrow(NotFoundException::new);
		this.responses.findAnswer(survey.getId(), answerId).orElseThrow(NotFoundException::new).quote(quote);
	}

	/**
	 * The answers as CSV, one line per response: the audience, the month and the answers,
	 * in order of month and audience, not of arrival. Audiences with fewer than
	 * {@value #MIN_GROUP} responses are left out, and the day is not given, so that a
	 * line cannot be traced to the one parent who answered on the day of a meeting.
	 */
	String csv(long trajectoryId, AccountPrincipal user, Locale locale) {
		this.access.managed(trajectoryId, user);
		Survey survey = this.surveys.findByTrajectory(trajectoryId).orElseThrow(NotFoundException::new);
		List<Question> questions = survey.getQuestions();
		Map<UUID, String[]> lines = new LinkedHashMap<>();
		Map<Long, Integer> column = new HashMap<>();
		for (int i = 0; i < questions.size(); i++) {
			column.put(questions.get(i).getId(), i + 3);
		}
		Map<Long, Question> byId = new HashMap<>();
		questions.forEach((question) -> byId.put(question.getId(), question));
		Map<String, Long> perAudience = new HashMap<>();
		this.surveys.countResponses(survey.getId())
			.forEach((row) -> perAudience.put(row.getAudience(), row.getCount()));
		int number = 0;
		for (SurveyResponseRepository.ExportRow row : this.responses.findForExport(survey.getId())) {
			if (perAudience.getOrDefault(row.getAudience(), 0L) < MIN_GROUP) {
				continue;
			}
			String[] line = lines.get(row.getResponseId());
			if (line == null) {
				line = new String[questions.size() + 3];
				line[0] = Integer.toString(++number);
				line[1] = this.messages.getMessage("Audience." + row.getAudience(), null, locale);
				line[2] = java.time.YearMonth.from(row.getSubmittedOn()).toString();
				lines.put(row.getResponseId(), line);
			}
			if (row.getQuestionId() == null || !column.containsKey(row.getQuestionId())) {
				continue;
			}
			Question question = byId.get(row.getQuestionId());
			int at = column.get(row.getQuestionId());
			String value = (row.getText() != null) ? row.getText() : question.getType().hasOptions()
					? option(question, row.getChoice()) : Integer.toString(row.getChoice());
			line[at] = (line[at] == null) ? value : line[at] + "; " + value;
		}
		return SpreadsheetCsv.write((csv) -> {
			List<String> header = new ArrayList<>(List.of(this.messages.getMessage("survey.csv.number", null, locale),
					this.messages.getMessage("survey.csv.audience", null, locale),
					this.messages.getMessage("survey.csv.day", null, locale)));
			questions.forEach((question) -> header.add(SpreadsheetCsv.plain(question.getText())));
			csv.printRecord(header);
			for (String[] line : lines.values()) {
				List<String> values = new ArrayList<>();
				for (String value : line) {
					values.add(SpreadsheetCsv.plain(value));
				}
				csv.printRecord(values);
			}
		});
	}

	private static String option(Question question, int index) {
		return (index >= 0 && index < question.getOptions().size()) ? question.getOptions().get(index)
				: Integer.toString(index);
	}

}
