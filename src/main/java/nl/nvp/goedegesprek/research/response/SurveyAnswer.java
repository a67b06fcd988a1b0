package nl.nvp.goedegesprek.research.response;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import nl.nvp.goedegesprek.shared.RuleException;

/**
 * One answer in a response: a scale value or a chosen option (one row per option ticked),
 * or a text, from which a coordinator may take an anonymised quote.
 */
@Entity
public class SurveyAnswer {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "response_id")
	private SurveyResponse response;

	private long questionId;

	private Short choice;

	private String text;

	private String quote;

	protected SurveyAnswer() {
	}

	SurveyAnswer(SurveyResponse response, long questionId, Integer choice, String text) {
		this.id = UUID.randomUUID();
		this.response = response;
		this.questionId = questionId;
		this.choice = (choice != null) ? choice.shortValue() : null;
		this.text = text;
	}

	/**
	 * Takes a quote from this answer, as the coordinator anonymised it; null drops it.
	 */
	public void quote(String quote) {
		if (this.text == null) {
			throw new RuleException("survey.rule.quoteNeedsText");
		}
		this.quote = quote;
	}

	UUID getId() {
		return this.id;
	}

	long getQuestionId() {
		return this.questionId;
	}

	String getText() {
		return this.text;
	}

	String getQuote() {
		return this.quote;
	}

}
