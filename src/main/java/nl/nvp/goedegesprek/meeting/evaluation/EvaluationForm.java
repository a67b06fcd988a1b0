package nl.nvp.goedegesprek.meeting.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;

import org.springframework.validation.Errors;

/**
 * A participant's evaluation of a meeting.
 */
class EvaluationForm {

	@NotNull
	@Min(1)
	@Max(5)
	private Integer score;

	@Size(max = 2000)
	@PlainText
	private String learned;

	@Size(max = 1000)
	@PlainText
	private String quote;

	private boolean quoteConsent;

	/** A quote is kept only with consent to publish it. */
	void check(Errors errors) {
		if (this.quote != null && !this.quoteConsent) {
			errors.rejectValue("quoteConsent", "EvaluationForm.quoteConsent.required");
		}
	}

	public Integer getScore() {
		return this.score;
	}

	public void setScore(Integer score) {
		this.score = score;
	}

	public String getLearned() {
		return this.learned;
	}

	public void setLearned(String learned) {
		this.learned = learned;
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public boolean isQuoteConsent() {
		return this.quoteConsent;
	}

	public void setQuoteConsent(boolean quoteConsent) {
		this.quoteConsent = quoteConsent;
	}

}
