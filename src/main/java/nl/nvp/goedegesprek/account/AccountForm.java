package nl.nvp.goedegesprek.account;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.EmailAddress;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.validation.Errors;

/**
 * Create or change an account. The e-mail address is the login name and is fixed once
 * made.
 */
class AccountForm {

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

	@NotNull
	private Role role;

	@Size(max = 50)
	private Set<String> regionCodes = new LinkedHashSet<>();

	/** The language of the person's mails (the link to choose a password). */
	@NotNull
	@SingleLine
	@Pattern(regexp = "nl|en")
	private String language = "nl";

	private long version;

	static AccountForm of(Account account) {
		AccountForm form = new AccountForm();
		form.email = account.getEmail();
		form.displayName = account.getDisplayName();
		form.role = account.getRole();
		form.regionCodes = new LinkedHashSet<>(account.getRegionCodes());
		form.language = account.getLanguage();
		form.version = account.getVersion();
		return form;
	}

	/** Cross-field rules, reported at the field that shows them. */
	void checkCrossFields(Errors errors) {
		if (this.role != null && this.role.needsRegions() && this.regionCodes.isEmpty()) {
			errors.rejectValue("regionCodes", "AccountForm.regionCodes.required");
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

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Set<String> getRegionCodes() {
		return this.regionCodes;
	}

	public void setRegionCodes(Set<String> regionCodes) {
		this.regionCodes = (regionCodes != null) ? regionCodes : new LinkedHashSet<>();
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
