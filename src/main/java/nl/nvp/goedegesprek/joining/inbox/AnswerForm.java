package nl.nvp.goedegesprek.joining.inbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;

/** An answer to a request, mailed to who asked. */
public class AnswerForm {

	@NotBlank
	@Size(max = 4000)
	@PlainText
	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
