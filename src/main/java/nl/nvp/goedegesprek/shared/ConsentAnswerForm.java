package nl.nvp.goedegesprek.shared;

import org.springframework.validation.Errors;

/**
 * A parent's or guardian's answer on a consent page, for a child's meeting registration
 * (decision 35) and a child's project sign-up (decision 50): yes (with the statement that
 * they hold parental responsibility or are the guardian) or no.
 */
public class ConsentAnswerForm {

	/** "ja" or "nee": the button that was pressed; anything else does nothing. */
	@SingleLine
	private String answer;

	private boolean responsible;

	public boolean isGiven() {
		return "ja".equals(this.answer);
	}

	public boolean isRefused() {
		return "nee".equals(this.answer);
	}

	/** Consent needs the statement; refusing does not. */
	public void check(Errors errors) {
		if (isGiven() && !this.responsible) {
			errors.rejectValue("responsible", "ConsentAnswer.responsible.required");
		}
	}

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public boolean isResponsible() {
		return this.responsible;
	}

	public void setResponsible(boolean responsible) {
		this.responsible = responsible;
	}

}
