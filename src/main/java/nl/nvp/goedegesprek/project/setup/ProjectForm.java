package nl.nvp.goedegesprek.project.setup;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;

import org.springframework.validation.Errors;

/**
 * Make or change a national project: title and aim, period, the roles of a dialogue, the
 * target number of dialogues, and the regions it draws from or the whole country.
 */
class ProjectForm {

	private static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	/** A dialogue is between roles: at least two. */
	static final int MIN_ROLES = 2;

	/** Where a project draws its participants from. */
	enum Reach {

		COUNTRY, REGIONS

	}

	@NotBlank
	@Size(max = 150)
	@SingleLine
	private String title;

	@NotBlank
	@Size(max = 2000)
	@PlainText
	private String aim;

	@NotNull
	private LocalDate startsOn;

	@NotNull
	private LocalDate endsOn;

	@Size(max = 20)
	private Set<ParticipantRole> roles = EnumSet.noneOf(ParticipantRole.class);

	@NotNull
	@Min(1)
	@Max(10_000)
	private Integer targetDialogues;

	@NotNull
	private Reach reach = Reach.COUNTRY;

	@Size(max = 60)
	private Set<String> regionCodes = new LinkedHashSet<>();

	/** The trajectory's version when the form was opened (editing). */
	private long version;

	static ProjectForm empty() {
		ProjectForm form = new ProjectForm();
		form.roles = EnumSet.copyOf(NationalProject.DEFAULT_ROLES);
		return form;
	}

	static ProjectForm of(ProjectTrajectories.Project project, NationalProject settings) {
		ProjectForm form = empty();
		form.title = project.title();
		form.aim = project.aim();
		form.reach = project.wholeCountry() ? Reach.COUNTRY : Reach.REGIONS;
		form.regionCodes = new LinkedHashSet<>(project.reach());
		form.version = project.version();
		if (settings != null) {
			form.startsOn = settings.getStartsOn();
			form.endsOn = settings.getEndsOn();
			form.targetDialogues = settings.getTargetDialogues();
			form.roles = settings.getRoles();
		}
		return form;
	}

	/** Cross-field rules, reported at the field that shows them. */
	void checkCrossFields(Errors errors) {
		this.roles.remove(null);
		this.regionCodes.remove(null);
		if (outOfRange(this.startsOn)) {
			errors.rejectValue("startsOn", "ProjectForm.dateRange");
		}
		if (outOfRange(this.endsOn)) {
			errors.rejectValue("endsOn", "ProjectForm.dateRange");
		}
		if (this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn)) {
			errors.rejectValue("endsOn", "ProjectForm.endsOn.beforeStart");
		}
		if (this.roles.size() < MIN_ROLES && !errors.hasFieldErrors("roles")) {
			errors.rejectValue("roles", "ProjectForm.roles.tooFew", new Object[] { MIN_ROLES }, null);
		}
		if (this.reach == Reach.REGIONS && this.regionCodes.isEmpty() && !errors.hasFieldErrors("regionCodes")) {
			errors.rejectValue("regionCodes", "ProjectForm.regionCodes.none");
		}
	}

	private static boolean outOfRange(LocalDate date) {
		return date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST));
	}

	/** The regions it draws from: none for the whole country. */
	Set<String> chosenRegions() {
		return (this.reach == Reach.REGIONS) ? Set.copyOf(this.regionCodes) : Set.of();
	}

	ProjectTrajectories.Draft draft() {
		return new ProjectTrajectories.Draft(this.title.strip(), this.aim.strip(), chosenRegions());
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAim() {
		return this.aim;
	}

	public void setAim(String aim) {
		this.aim = aim;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Set<ParticipantRole> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<ParticipantRole> roles) {
		this.roles = (roles != null) ? roles : EnumSet.noneOf(ParticipantRole.class);
	}

	public Integer getTargetDialogues() {
		return this.targetDialogues;
	}

	public void setTargetDialogues(Integer targetDialogues) {
		this.targetDialogues = targetDialogues;
	}

	public Reach getReach() {
		return this.reach;
	}

	public void setReach(Reach reach) {
		this.reach = reach;
	}

	public Set<String> getRegionCodes() {
		return this.regionCodes;
	}

	public void setRegionCodes(Set<String> regionCodes) {
		this.regionCodes = (regionCodes != null) ? regionCodes : new LinkedHashSet<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
