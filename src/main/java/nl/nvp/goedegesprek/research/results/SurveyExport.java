package nl.nvp.goedegesprek.research.results;

import java.util.List;
import java.util.Locale;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.research.results.SurveyResults.AudienceResult;
import nl.nvp.goedegesprek.research.results.SurveyResults.Bar;
import nl.nvp.goedegesprek.research.results.SurveyResults.QuestionResult;
import nl.nvp.goedegesprek.research.results.SurveyResults.Results;
import nl.nvp.goedegesprek.shared.SpreadsheetCsv;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results as a spreadsheet (CSV), for its coordinators: the same counts as the
 * results page, one line per question, audience and answer, never a line per response. A
 * line per response would hand out one person's whole set of answers, open answers
 * included, as soon as their group reached the threshold, even when the other answers in
 * it were added by the reader (decision 14). So the export holds only groups of at least
 * {@value SurveyResults#MIN_GROUP}, only once the survey has closed, and no written
 * answers.
 */
@Service
@Transactional(readOnly = true)
class SurveyExport {

	private final SurveyResults results;

	private final ResearchAccess access;

	private final MessageSource messages;

	SurveyExport(SurveyResults results, ResearchAccess access, MessageSource messages) {
		this.results = results;
		this.access = access;
		this.messages = messages;
	}

	String csv(long trajectoryId, AccountPrincipal user, Locale locale) {
		Results results = this.results.results(this.access.managed(trajectoryId, user));
		return SpreadsheetCsv.write((csv) -> {
			csv.printRecord(List.of(message("survey.csv.number", locale), message("survey.csv.question", locale),
					message("survey.csv.audience", locale), message("survey.csv.respondents", locale),
					message("survey.csv.answer", locale), message("survey.csv.count", locale),
					message("survey.csv.percent", locale)));
			for (QuestionResult question : results.questions()) {
				for (AudienceResult audience : question.audiences()) {
					if (audience.hidden()) {
						continue;
					}
					for (Bar bar : audience.bars()) {
						csv.printRecord(Integer.toString(question.number()), SpreadsheetCsv.plain(question.text()),
								message("Audience." + audience.audience(), locale),
								Long.toString(audience.respondents()), SpreadsheetCsv.plain(bar.label()),
								Long.toString(bar.count()), Integer.toString(bar.percent()));
					}
				}
			}
		});
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
