package nl.nvp.goedegesprek.actionplan.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * A policymaker's verdict on a version of the plan: they endorse it, or ask for changes.
 * Stored by its name; chosen on the page by its Dutch form value.
 */
public enum Verdict {

	ENDORSED("onderschrijven"), CHANGES_REQUESTED("wijzigingen");

	private final String formValue;

	Verdict(String formValue) {
		this.formValue = formValue;
	}

	static Optional<Verdict> ofFormValue(String value) {
		return Arrays.stream(values()).filter((verdict) -> verdict.formValue.equals(value)).findFirst();
	}

}
