package nl.nvp.goedegesprek.project.signup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.EmailAddress;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The public sign-up form of a national project: who, role and region, when and how
 * someone can take part, what they need, and (optionally) a case code so that they never
 * sit with someone from their own case or organisation. The page says why each part is
 * asked. Changing a sign-up through the personal link uses the same form for when, how
 * and support; the rest is then fixed.
 */
public class SignUpForm {

	/** At most this many concrete dates. */
	static final int DATES = 6;

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

	@NotNull
	private ParticipantRole role;

	@NotBlank
	@Size(max = 10)
	@SingleLine
	private String regionCode;

	@Size(max = 150)
	@SingleLine
	private String organisation;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private List<LocalDate> dates = new ArrayList<>();

	private Set<WeekPart> weekParts = new LinkedHashSet<>();

	@NotNull
	private Mode mode;

	private boolean needsAccessibility;

	private boolean needsInterpreter;

	private boolean needsTravelCosts;

	private boolean needsChildcare;

	@Size(max = 300)
	@PlainText
	private String supportNote;

	@Size(max = 30)
	@SingleLine
	private String caseCode;

	private boolean avoidOwnOrganisation;

	/** A child's age group; only on the children's form. */
	private AgeGroup ageGroup;

	/**
	 * The address of the parent or guardian who is asked to consent, for a child under 16
	 * only (decision 50).
	 */
	@Email
	@EmailAddress
	@Size(max = 254)
	@SingleLine
	private String guardianEmail;

	/** Checked in {@link #checkChild}: a child is asked in the child's words. */
	private boolean consent;

	/**
	 * A field people do not see; software that fills in every field fills in this one
	 * too.
	 */
	@SingleLine
	private String website;

	/** The dates given, without empty fields or repeats, in order. */
	List<LocalDate> givenDates() {
		return this.dates.stream().filter(Objects::nonNull).distinct().sorted().toList();
	}

	/**
	 * Cross-field rules, reported at the field that shows them: an organisation for a
	 * professional role; when someone can, at least one date or part of the week; the
	 * dates in the project's period.
	 */
	void checkCrossFields(LocalDate startsOn, LocalDate endsOn, Errors errors) {
		checkAvailability(startsOn, endsOn, errors);
		if (this.role != null && this.role.isProfessional() && this.organisation == null) {
			errors.rejectValue("organisation", "SignUpForm.organisation.required");
		}
		if (this.role != null && !this.role.isProfessional()) {
			this.organisation = null;
			this.avoidOwnOrganisation = false;
		}
	}

	/**
	 * What only a child's sign-up holds (decision 50): a child gives an age group and,
	 * under 16, the address of a parent or guardian other than their own; an adult's
	 * sign-up holds neither, and a child's has no organisation or case code (the
	 * children's form does not ask for them), whatever a crafted post sends. The consent
	 * to the privacy statement is asked of everyone, in the child's words on the child's
	 * form.
	 * @param childForm whether the children's form was sent
	 */
	void checkChild(boolean childForm, Errors errors) {
		if (!this.consent) {
			errors.rejectValue("consent", childForm ? "SignUpForm.consent.child" : "AssertTrue");
		}
		if ((this.role != null) ? !this.role.isChild() : !childForm) {
			this.ageGroup = null;
			this.guardianEmail = null;
			return;
		}
		this.organisation = null;
		this.avoidOwnOrganisation = false;
		this.caseCode = null;
		if (this.ageGroup == null) {
			errors.rejectValue("ageGroup", "SignUpForm.ageGroup.required");
		}
		else if (!this.ageGroup.needsGuardianConsent()) {
			this.guardianEmail = null;
		}
		else if (!errors.hasFieldErrors("guardianEmail")) {
			if (this.guardianEmail == null) {
				errors.rejectValue("guardianEmail", "SignUpForm.guardianEmail.required");
			}
			else if (this.email != null && this.guardianEmail.trim().equalsIgnoreCase(this.email.trim())) {
				errors.rejectValue("guardianEmail", "SignUpForm.guardianEmail.own");
			}
		}
	}

	/** Whether a parent or guardian must consent before the sign-up counts. */
	boolean needsGuardianConsent() {
		return this.ageGroup != null && this.ageGroup.needsGuardianConsent() && this.guardianEmail != null;
	}

	/**
	 * When someone can: at least one date or part of the week, the dates in the period.
	 */
	void checkAvailability(LocalDate startsOn, LocalDate endsOn, Errors errors) {
		if (errors.hasFieldErrors("dates")) {
			return;
		}
		List<LocalDate> given = givenDates();
		if (given.size() > DATES) {
			errors.rejectValue("dates", "SignUpForm.dates.tooMany", new Object[] { DATES }, null);
		}
		else if (given.stream().anyMatch((date) -> date.isBefore(startsOn) || date.isAfter(endsOn))) {
			errors.rejectValue("dates", "SignUpForm.dates.outsidePeriod");
		}
		else if (given.isEmpty() && this.weekParts.isEmpty()) {
			errors.rejectValue("dates", "SignUpForm.dates.none");
		}
	}

	/** Whether this part of the week ("1-MORNING") is ticked, for the form's table. */
	public boolean hasWeekPart(String value) {
		return this.weekParts.stream().anyMatch((part) -> part.toString().equals(value));
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

	public ParticipantRole getRole() {
		return this.role;
	}

	public void setRole(ParticipantRole role) {
		this.role = role;
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

	public List<LocalDate> getDates() {
		return this.dates;
	}

	public void setDates(List<LocalDate> dates) {
		this.dates = (dates != null) ? new ArrayList<>(dates) : new ArrayList<>();
	}

	public Set<WeekPart> getWeekParts() {
		return this.weekParts;
	}

	public void setWeekParts(Set<WeekPart> weekParts) {
		this.weekParts = (weekParts != null) ? new LinkedHashSet<>(weekParts) : new LinkedHashSet<>();
		this.weekParts.remove(null);
	}

	public Mode getMode() {
		return this.mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
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

	public String getCaseCode() {
		return this.caseCode;
	}

	public void setCaseCode(String caseCode) {
		this.caseCode = caseCode;
	}

	public boolean isAvoidOwnOrganisation() {
		return this.avoidOwnOrganisation;
	}

	public void setAvoidOwnOrganisation(boolean avoidOwnOrganisation) {
		this.avoidOwnOrganisation = avoidOwnOrganisation;
	}

	public AgeGroup getAgeGroup() {
		return this.ageGroup;
	}

	public void setAgeGroup(AgeGroup ageGroup) {
		this.ageGroup = ageGroup;
	}

	public String getGuardianEmail() {
		return this.guardianEmail;
	}

	public void setGuardianEmail(String guardianEmail) {
		this.guardianEmail = guardianEmail;
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
