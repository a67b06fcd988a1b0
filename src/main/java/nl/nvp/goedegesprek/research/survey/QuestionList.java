package nl.nvp.goedegesprek.research.survey;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.nvp.goedegesprek.shared.RuleException;

/**
 * The ordered questions of a template or a survey: find, move and renumber them.
 */
final class QuestionList {

	private QuestionList() {
	}

	static Optional<Question> find(List<Question> questions, long questionId) {
		return questions.stream().filter((question) -> question.getId() == questionId).findFirst();
	}

	/**
	 * Refuses a question text that another question of the list has already (ignoring
	 * case and spaces around it): the same question twice is one intent sent from two
	 * pages (decision 28), and a respondent would not know which one to answer.
	 */
	static void checkTextFree(List<Question> questions, String text, Long exceptId) {
		String wanted = text.strip();
		if (questions.stream()
			.anyMatch((question) -> !Objects.equals(question.getId(), exceptId)
					&& question.getText().strip().equalsIgnoreCase(wanted))) {
			throw new RuleException(TEXT_TAKEN);
		}
	}

	/** The message (and rule) for a question text that the list has already. */
	static final String TEXT_TAKEN = "QuestionForm.text.taken";

	static int nextPosition(List<Question> questions) {
		return questions.size() + 1;
	}

	/** Moves a question one place up (-1) or down (+1); at either end nothing changes. */
	static void move(List<Question> questions, long questionId, int direction) {
		find(questions, questionId).ifPresent((question) -> {
			int from = questions.indexOf(question);
			int to = from + direction;
			if (to >= 0 && to < questions.size()) {
				Collections.swap(questions, from, to);
				renumber(questions);
			}
		});
	}

	static void remove(List<Question> questions, long questionId) {
		find(questions, questionId).ifPresent((question) -> {
			questions.remove(question);
			renumber(questions);
		});
	}

	private static void renumber(List<Question> questions) {
		for (int i = 0; i < questions.size(); i++) {
			questions.get(i).moveTo(i + 1);
		}
	}

}
