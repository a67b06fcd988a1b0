package nl.nvp.goedegesprek.meeting.registration;

import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.validation.Errors;

/**
 * The adult's answer on the consent page: yes (with the statement that they hold parental
 * responsibility or are the guardian) or no.
 */
public class ConsentAnswerForm {

	/** "ja" or "nee": the button that was pressed; anything else does nothing. */
	@SingleLine
	private String answer;

	private boolean responsible;

	boolean isGiven() {
		return "ja".equals(this.answer);
	}

	boolean isRefused() {
		return "nee".equals(this.answer);
	}

	/** Consent needs the statement; refusing does not. */
	void check(Errors errors) {
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
