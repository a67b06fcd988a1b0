package nl.nvp.goedegesprek.research.survey;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The ordered questions of a template or a survey: find, move and renumber them.
 */
final class QuestionList {

	private QuestionList() {
	}

	static Optional<Question> find(List<Question> questions, long questionId) {
		return questions.stream().filter((question) -> question.getId() == questionId).findFirst();
	}

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
