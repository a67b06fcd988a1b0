package nl.nvp.goedegesprek.account;

import java.util.Objects;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.EmailAddress;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.validation.Errors;

/**
 * The first national coordinator's account, made through the set-up link that the
 * application logs on its first start.
 */
class SetupForm {

	@NotBlank
	@Email
	@EmailAddress
	@Size(max = 254)
	@SingleLine
	private String email;

	@NotBlank
	@Size(max = 100)
	@SingleLine
	private String displayName;

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

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
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
