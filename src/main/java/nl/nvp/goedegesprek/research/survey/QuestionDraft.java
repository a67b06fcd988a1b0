package nl.nvp.goedegesprek.research.survey;

import java.util.List;
import java.util.Set;

/**
 * What a question says and asks, as a coordinator wrote it (the command behind the
 * question form).
 */
public record QuestionDraft(QuestionType type, String text, String childText, Set<Audience> audiences, boolean required,
		List<String> options, String scaleLow, String scaleHigh) {

	public QuestionDraft {
		audiences = Set.copyOf(audiences);
		options = type.hasOptions() ? List.copyOf(options) : List.of();
		scaleLow = (type == QuestionType.SCALE) ? scaleLow : null;
		scaleHigh = (type == QuestionType.SCALE) ? scaleHigh : null;
	}

}
