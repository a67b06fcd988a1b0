package nl.nvp.goedegesprek.research.results;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.research.survey.Question;
import nl.nvp.goedegesprek.research.survey.Survey;
import nl.nvp.goedegesprek.research.survey.SurveyRepository;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.SpreadsheetCsv;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's answers as a spreadsheet (CSV), for its coordinators.
 */
@Service
@Transactional(readOnly = true)
class SurveyExport {

	private final SurveyRepository surveys;

	private final SurveyResultRepository responses;

	private final ResearchAccess access;

	private final MessageSource messages;

	SurveyExport(SurveyRepository surveys, SurveyResultRepository responses, ResearchAccess access,
			MessageSource messages) {
		this.surveys = surveys;
		this.responses = responses;
		this.access = access;
		this.messages = messages;
	}

	/**
	 * The answers as CSV, one line per response: the audience, the month and the answers,
	 * in order of month and audience, not of arrival. Audiences with fewer than
	 * {@value SurveyResults#MIN_GROUP} responses are left out, and the day is not given,
	 * so that a line cannot be traced to the one parent who answered on the day of a
	 * meeting.
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
		for (SurveyResultRepository.ExportRow row : this.responses.findForExport(survey.getId())) {
			if (perAudience.getOrDefault(row.getAudience(), 0L) < SurveyResults.MIN_GROUP) {
				continue;
			}
			String[] line = lines.get(row.getResponseId());
			if (line == null) {
				line = new String[questions.size() + 3];
				line[0] = Integer.toString(++number);
				line[1] = this.messages.getMessage("Audience." + row.getAudience(), null, locale);
				line[2] = YearMonth.from(row.getSubmittedOn()).toString();
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
