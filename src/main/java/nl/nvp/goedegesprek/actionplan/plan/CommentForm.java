package nl.nvp.goedegesprek.actionplan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.TextCharacters;

import org.springframework.web.bind.annotation.BindParam;

/**
 * A policymaker's comment on a version, or a coordinator's answer to one.
 */
record CommentForm(@BindParam("tekst") @NotBlank @Size(max = 4000) @PlainText String text) {

	/** The message key that says what is wrong with the text. */
	String problem() {
		if (this.text == null || this.text.isBlank()) {
			return "plan.comment.empty";
		}
		return TextCharacters.isPlainText(this.text) ? "plan.comment.tooLong" : "PlainText";
	}

}
