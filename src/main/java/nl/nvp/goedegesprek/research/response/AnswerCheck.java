package nl.nvp.goedegesprek.research.response;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.research.response.SurveyResponses.AskedQuestion;
import nl.nvp.goedegesprek.research.response.SurveyResponses.Form;
import nl.nvp.goedegesprek.research.response.SurveyResponses.Outcome;

import org.springframework.util.MultiValueMap;

/**
 * The checks on a sent survey form: every answer cleaned, then checked against its
 * question (required, a valid scale value or option, text not too long). The problems are
 * message keys per question.
 */
final class AnswerCheck {

	static final int MAX_TEXT = 2000;

	private AnswerCheck() {
	}

	static Outcome check(Form form, MultiValueMap<String, String> parameters) {
		Map<Long, List<String>> values = new LinkedHashMap<>();
		Map<Long, String> errors = new LinkedHashMap<>();
		for (AskedQuestion question : form.questions()) {
			List<String> given = cleaned(parameters.get("q" + question.id()));
			values.put(question.id(), given);
			String error = check(question, given);
			if (error != null) {
				errors.put(question.id(), error);
			}
		}
		return new Outcome(errors, values, false, false);
	}

	/** Trimmed, without control characters, blanks left out. */
	private static List<String> cleaned(List<String> given) {
		if (given == null) {
			return List.of();
		}
		List<String> cleaned = new ArrayList<>();
		for (String value : given) {
			// One kind of line break, so that the length is what the browser counted.
			String text = value.replace("\r\n", "\n")
				.replace('\r', '\n')
				.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "")
				.strip();
			if (!text.isEmpty()) {
				cleaned.add(text);
			}
		}
		return cleaned;
	}

	/** The message key for what is wrong with the answer to this question, or null. */
	private static String check(AskedQuestion question, List<String> given) {
		if (given.isEmpty()) {
			return question.required() ? "answer.required" : null;
		}
		switch (question.type()) {
			case OPEN -> {
				if (given.size() > 1) {
					return "answer.invalid";
				}
				return (given.get(0).length() > MAX_TEXT) ? "answer.tooLong" : null;
			}
			case SCALE -> {
				return (given.size() == 1 && number(given.get(0), 1, 5)) ? null : "answer.invalid";
			}
			case SINGLE_CHOICE -> {
				return (given.size() == 1 && number(given.get(0), 0, question.options().size() - 1)) ? null
						: "answer.invalid";
			}
			case MULTIPLE_CHOICE -> {
				Set<String> distinct = new HashSet<>(given);
				boolean valid = distinct.size() == given.size()
						&& given.stream().allMatch((choice) -> number(choice, 0, question.options().size() - 1));
				return valid ? null : "answer.invalid";
			}
			default -> {
				return "answer.invalid";
			}
		}
	}

	private static boolean number(String text, int min, int max) {
		if (!text.matches("\\d{1,2}")) {
			return false;
		}
		int value = Integer.parseInt(text);
		return value >= min && value <= max;
	}

}
