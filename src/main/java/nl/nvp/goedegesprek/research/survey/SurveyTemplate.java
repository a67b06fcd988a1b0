package nl.nvp.goedegesprek.research.survey;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.shared.Audited;
import nl.nvp.goedegesprek.shared.NotFoundException;

/**
 * A reusable set of survey questions, kept by national coordinators. A trajectory's
 * survey starts as a copy; changing the template later does not change surveys made from
 * it.
 */
@Entity
public class SurveyTemplate extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String description;

	@OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Question> questions = new ArrayList<>();

	@Version
	private long version;

	protected SurveyTemplate() {
	}

	SurveyTemplate(String name, String description) {
		describe(name, description);
	}

	void describe(String name, String description) {
		this.name = name;
		this.description = description;
	}

	Question addQuestion(QuestionDraft draft) {
		QuestionList.checkTextFree(this.questions, draft.text(), null);
		Question question = Question.inTemplate(this, QuestionList.nextPosition(this.questions), draft);
		this.questions.add(question);
		return question;
	}

	void changeQuestion(long questionId, QuestionDraft draft) {
		Question question = QuestionList.find(this.questions, questionId).orElseThrow(NotFoundException::new);
		QuestionList.checkTextFree(this.questions, draft.text(), questionId);
		question.change(draft);
	}

	void moveQuestion(long questionId, int direction) {
		QuestionList.move(this.questions, questionId, direction);
	}

	void removeQuestion(long questionId) {
		QuestionList.remove(this.questions, questionId);
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public List<Question> getQuestions() {
		return this.questions;
	}

	public long getVersion() {
		return this.version;
	}

}
