package nl.nvp.goedegesprek.actionplan.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;

import org.springframework.web.bind.annotation.BindParam;

/**
 * A policymaker's verdict on a version: endorse it or ask for changes, with a note if
 * they like.
 */
record VerdictForm(@BindParam("oordeel") @NotNull @Pattern(regexp = "onderschrijven|wijzigingen") String choice,
		@BindParam("toelichting") @Size(max = 2000) @PlainText String note) {

	Verdict verdict() {
		return Verdict.ofFormValue(this.choice).orElseThrow();
	}

}
