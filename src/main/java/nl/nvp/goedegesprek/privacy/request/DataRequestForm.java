package nl.nvp.goedegesprek.privacy.request;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.shared.EmailAddress;
import nl.nvp.goedegesprek.shared.SingleLine;

/**
 * Whose data: the e-mail address the person wrote from or registered with, and optionally
 * their name (for the few places that keep only a name).
 */
class DataRequestForm {

	@NotBlank
	@SingleLine
	@Email
	@EmailAddress
	@Size(max = 254)
	private String email;

	@Size(min = 2, max = 100)
	@SingleLine
	private String name;

	DataSubject subject() {
		return new DataSubject(this.email, this.name);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
