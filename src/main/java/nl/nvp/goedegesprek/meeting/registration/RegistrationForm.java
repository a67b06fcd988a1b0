package nl.nvp.goedegesprek.meeting.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.EmailAddress;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.validation.Errors;

/**
 * The public registration form. It asks only what the meeting needs; the page says why
 * for each part.
 */
public class RegistrationForm {

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

	@Size(max = 30)
	@Pattern(regexp = "[0-9 +()\\-]*")
	@SingleLine
	private String phone;

	@NotNull
	private ParticipantRole role;

	@Size(max = 100)
	@SingleLine
	private String roleOther;

	@Size(max = 150)
	@SingleLine
	private String organisation;

	private AgeGroup ageGroup;

	@Size(max = 100)
	@SingleLine
	private String guardianName;

	private GuardianCapacity guardianCapacity;

	@Email
	@EmailAddress
	@Size(max = 254)
	@SingleLine
	private String guardianEmail;

	private boolean needsAccessibility;

	private boolean needsInterpreter;

	private boolean needsTravelCosts;

	private boolean needsChildcare;

	@Size(max = 300)
	@PlainText
	private String supportNote;

	@AssertTrue
	private boolean consent;

	/**
	 * A field people do not see; software that fills in every field fills in this one
	 * too.
	 */
	private String website;

	static RegistrationForm of(Registration registration) {
		RegistrationForm form = new RegistrationForm();
		form.name = registration.getName();
		form.email = registration.getEmail();
		form.phone = registration.getPhone();
		form.role = registration.getRole();
		form.roleOther = registration.getRoleOther();
		form.organisation = registration.getOrganisation();
		form.ageGroup = registration.getAgeGroup();
		form.guardianName = registration.getGuardianName();
		form.guardianCapacity = registration.getGuardianCapacity();
		form.needsAccessibility = registration.isNeedsAccessibility();
		form.needsInterpreter = registration.isNeedsInterpreter();
		form.needsTravelCosts = registration.isNeedsTravelCosts();
		form.needsChildcare = registration.isNeedsChildcare();
		form.supportNote = registration.getSupportNote();
		form.consent = true;
		return form;
	}

	/**
	 * Keeps only what the audience's form asks: a child's form has no organisation or
	 * childcare, an adult's no age group or guardian. A role from the other form is
	 * refused at the role.
	 */
	void keepOnly(RegistrationAudience audience, Errors errors) {
		if (this.role != null && RegistrationAudience.of(this.role) != audience) {
			errors.rejectValue("role", "RegistrationForm.role.notOffered");
		}
		if (audience.isChild()) {
			this.roleOther = null;
			this.organisation = null;
			this.needsChildcare = false;
		}
		else {
			this.ageGroup = null;
			this.guardianName = null;
			this.guardianCapacity = null;
			this.guardianEmail = null;
		}
	}

	/** Cross-field rules, reported at the field that shows them. */
	void checkCrossFields(Errors errors) {
		if (this.role == null) {
			return;
		}
		if (this.role == ParticipantRole.OTHER && this.roleOther == null) {
			errors.rejectValue("roleOther", "RegistrationForm.roleOther.required");
		}
		if (this.role.isProfessional() && this.organisation == null) {
			errors.rejectValue("organisation", "RegistrationForm.organisation.required");
		}
		if (this.role.isChild() && this.ageGroup == null) {
			errors.rejectValue("ageGroup", "RegistrationForm.ageGroup.required");
		}
	}

	/**
	 * When registering: a child under 16 names the adult who is asked for consent, with
	 * an address of the adult's own (decision 35).
	 */
	void checkGuardian(Errors errors) {
		if (!needsGuardianConsent()) {
			return;
		}
		if (this.guardianName == null) {
			errors.rejectValue("guardianName", "RegistrationForm.guardianName.required");
		}
		if (this.guardianCapacity == null) {
			errors.rejectValue("guardianCapacity", "RegistrationForm.guardianCapacity.required");
		}
		if (this.guardianEmail == null) {
			errors.rejectValue("guardianEmail", "RegistrationForm.guardianEmail.required");
		}
		else if (this.email != null && this.guardianEmail.trim().equalsIgnoreCase(this.email.trim())) {
			errors.rejectValue("guardianEmail", "RegistrationForm.guardianEmail.own");
		}
	}

	/** A child under 16: an adult must consent. */
	boolean needsGuardianConsent() {
		return this.role != null && this.role.isChild() && this.ageGroup != null
				&& this.ageGroup.needsGuardianConsent();
	}

	boolean isSpam() {
		return this.website != null;
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

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public ParticipantRole getRole() {
		return this.role;
	}

	public void setRole(ParticipantRole role) {
		this.role = role;
	}

	public String getRoleOther() {
		return this.roleOther;
	}

	public void setRoleOther(String roleOther) {
		this.roleOther = roleOther;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public AgeGroup getAgeGroup() {
		return this.ageGroup;
	}

	public void setAgeGroup(AgeGroup ageGroup) {
		this.ageGroup = ageGroup;
	}

	public String getGuardianName() {
		return this.guardianName;
	}

	public void setGuardianName(String guardianName) {
		this.guardianName = guardianName;
	}

	public String getGuardianEmail() {
		return this.guardianEmail;
	}

	public void setGuardianEmail(String guardianEmail) {
		this.guardianEmail = guardianEmail;
	}

	public GuardianCapacity getGuardianCapacity() {
		return this.guardianCapacity;
	}

	public void setGuardianCapacity(GuardianCapacity guardianCapacity) {
		this.guardianCapacity = guardianCapacity;
	}

	public boolean isNeedsAccessibility() {
		return this.needsAccessibility;
	}

	public void setNeedsAccessibility(boolean needsAccessibility) {
		this.needsAccessibility = needsAccessibility;
	}

	public boolean isNeedsInterpreter() {
		return this.needsInterpreter;
	}

	public void setNeedsInterpreter(boolean needsInterpreter) {
		this.needsInterpreter = needsInterpreter;
	}

	public boolean isNeedsTravelCosts() {
		return this.needsTravelCosts;
	}

	public void setNeedsTravelCosts(boolean needsTravelCosts) {
		this.needsTravelCosts = needsTravelCosts;
	}

	public boolean isNeedsChildcare() {
		return this.needsChildcare;
	}

	public void setNeedsChildcare(boolean needsChildcare) {
		this.needsChildcare = needsChildcare;
	}

	public String getSupportNote() {
		return this.supportNote;
	}

	public void setSupportNote(String supportNote) {
		this.supportNote = supportNote;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
