package nl.nvp.goedegesprek.account;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * Choose a password through a one-time link.
 */
class PasswordForm {

	@NotBlank
	@Size(min = 12, max = 128)
	private String password;

	@NotBlank
	private String repeat;

	/** Cross-field rules, reported at the field that shows them. */
	void checkCrossFields(Errors errors) {
		if (this.password != null && this.repeat != null && !Objects.equals(this.password, this.repeat)) {
			errors.rejectValue("repeat", "PasswordForm.repeat.same");
		}
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getRepeat() {
		return this.repeat;
	}

	public void setRepeat(String repeat) {
		this.repeat = repeat;
	}

}
