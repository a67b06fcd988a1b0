package nl.nvp.goedegesprek.actionplan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.BindParam;

/**
 * A policymaker's comment on a version, or a coordinator's answer to one.
 */
record CommentForm(@BindParam("tekst") @NotBlank @Size(max = 4000) String text) {

	/** The message key that says what is wrong with the text. */
	String problem() {
		return (this.text == null || this.text.isBlank()) ? "plan.comment.empty" : "plan.comment.tooLong";
	}

}
