package nl.nvp.goedegesprek.joining.form;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.joining.request.Interest;
import nl.nvp.goedegesprek.joining.request.JoinRequests;
import nl.nvp.goedegesprek.joining.request.RequesterRole;
import nl.nvp.goedegesprek.shared.EmailAddress;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.validation.Errors;

/**
 * The public form with which someone from a region asks to start or asks a question. The
 * field {@code website} is a trap for robots: people do not see it, so a form with it
 * filled in looks sent but is not saved.
 */
public class JoinForm {

	@NotBlank
	@Size(max = 8)
	@SingleLine
	private String regionCode;

	@Size(max = 150)
	@SingleLine
	private String organisation;

	@NotNull
	private RequesterRole role;

	@NotBlank
	@Size(max = 100)
	@SingleLine
	private String name;

	@NotBlank
	@Email
	@EmailAddress
	@Size(max = 254)
	@SingleLine
	private String email;

	@Size(max = 2000)
	@PlainText
	private String message;

	@NotNull
	private Interest interest;

	/** The trap: empty for people. */
	private String website;

	/** A question needs its words; professionals name their organisation. */
	void checkCrossFields(Errors errors) {
		if (this.interest == Interest.QUESTION && (this.message == null || this.message.isBlank())
				&& !errors.hasFieldErrors("message")) {
			errors.rejectValue("message", "JoinForm.message.question");
		}
		if ((this.role == RequesterRole.MUNICIPALITY || this.role == RequesterRole.PROVIDER)
				&& (this.organisation == null || this.organisation.isBlank())
				&& !errors.hasFieldErrors("organisation")) {
			errors.rejectValue("organisation", "JoinForm.organisation.required");
		}
	}

	boolean isTrapped() {
		return this.website != null && !this.website.isBlank();
	}

	JoinRequests.Submission toSubmission(String language) {
		return new JoinRequests.Submission(this.regionCode.strip(), blankToNull(this.organisation), this.role,
				this.name.strip(), this.email.strip(), blankToNull(this.message), this.interest, language);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public RequesterRole getRole() {
		return this.role;
	}

	public void setRole(RequesterRole role) {
		this.role = role;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public Interest getInterest() {
		return this.interest;
	}

	public void setInterest(Interest interest) {
		this.interest = interest;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
