package nl.nvp.goedegesprek.trajectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.EmailAddress;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.validation.Errors;

/**
 * Create or edit a trajectory: what it is called, where, which steps and when, who runs
 * it.
 */
class TrajectoryForm {

	private static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	@NotBlank
	@Size(max = 150)
	@SingleLine
	private String title;

	@Size(max = 2000)
	@PlainText
	private String description;

	/** CBS code; a national dialogue project (none) is made in the project module. */
	@Size(max = 8)
	@SingleLine
	private String regionCode;

	@NotNull
	private TrajectoryVariant variant = TrajectoryVariant.FULL;

	@Size(max = 16)
	private List<@Valid StepPlan> steps = new ArrayList<>();

	@Size(max = 50)
	private Set<Long> coordinatorIds = new LinkedHashSet<>();

	@Size(max = 100)
	@SingleLine
	private String contactName;

	@Email
	@EmailAddress
	@Size(max = 254)
	@SingleLine
	private String contactEmail;

	@Size(max = 30)
	@Pattern(regexp = "[0-9 +()\\-]*")
	@SingleLine
	private String contactPhone;

	private long version;

	/** The request this trajectory is made from (TrajectoryOrigin), or null. */
	private Long origin;

	static TrajectoryForm empty() {
		TrajectoryForm form = new TrajectoryForm();
		for (StepType type : StepType.REGIONAL) {
			form.steps.add(new StepPlan(type, StepType.FULL.contains(type), null, null));
		}
		return form;
	}

	static TrajectoryForm of(Trajectory trajectory) {
		TrajectoryForm form = new TrajectoryForm();
		form.title = trajectory.getTitle();
		form.description = trajectory.getDescription();
		form.regionCode = trajectory.getRegionCode();
		form.variant = trajectory.getVariant();
		Map<StepType, TrajectoryStep> existing = new EnumMap<>(StepType.class);
		trajectory.getSteps().forEach((step) -> existing.put(step.getType(), step));
		for (StepType type : trajectory.getVariant().isNational() ? StepType.NATIONAL_PROJECT : StepType.REGIONAL) {
			TrajectoryStep step = existing.get(type);
			form.steps.add((step != null) ? new StepPlan(type, true, step.getPlannedStart(), step.getPlannedEnd())
					: new StepPlan(type, false, null, null));
		}
		form.coordinatorIds = new LinkedHashSet<>(trajectory.getCoordinatorIds());
		form.contactName = trajectory.getContactName();
		form.contactEmail = trajectory.getContactEmail();
		form.contactPhone = trajectory.getContactPhone();
		form.version = trajectory.getVersion();
		return form;
	}

	/** Cross-field rules, reported at the field that shows them. */
	void checkCrossFields(Errors errors) {
		for (int i = 0; i < this.steps.size(); i++) {
			StepPlan plan = this.steps.get(i);
			if (plan == null || plan.getType() == null) {
				errors.rejectValue("steps[" + i + "].type", "TrajectoryForm.steps.type");
				continue;
			}
			if (outOfRange(plan.getPlannedStart())) {
				errors.rejectValue("steps[" + i + "].plannedStart", "TrajectoryForm.steps.dateRange");
			}
			if (outOfRange(plan.getPlannedEnd())) {
				errors.rejectValue("steps[" + i + "].plannedEnd", "TrajectoryForm.steps.dateRange");
			}
			if (plan.getPlannedStart() != null && plan.getPlannedEnd() != null
					&& plan.getPlannedEnd().isBefore(plan.getPlannedStart())) {
				errors.rejectValue("steps[" + i + "].plannedEnd", "TrajectoryForm.steps.endBeforeStart");
			}
		}
		if (this.variant == TrajectoryVariant.SUBSET && this.variant.steps(chosenSteps()).isEmpty()) {
			errors.rejectValue("variant", "TrajectoryForm.variant.subsetNeedsSteps");
		}
	}

	private static boolean outOfRange(LocalDate date) {
		return date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST));
	}

	Set<StepType> chosenSteps() {
		Set<StepType> chosen = EnumSet.noneOf(StepType.class);
		this.steps.stream()
			.filter((plan) -> plan != null && plan.isIncluded() && plan.getType() != null)
			.forEach((plan) -> chosen.add(plan.getType()));
		return chosen;
	}

	Map<StepType, Trajectory.Period> periods() {
		Map<StepType, Trajectory.Period> periods = new EnumMap<>(StepType.class);
		this.steps.stream()
			.filter((plan) -> plan != null && plan.getType() != null)
			.forEach((plan) -> periods.put(plan.getType(),
					new Trajectory.Period(plan.getPlannedStart(), plan.getPlannedEnd())));
		return periods;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public TrajectoryVariant getVariant() {
		return this.variant;
	}

	public void setVariant(TrajectoryVariant variant) {
		this.variant = variant;
	}

	public List<StepPlan> getSteps() {
		return this.steps;
	}

	public void setSteps(List<StepPlan> steps) {
		this.steps = (steps != null) ? steps : new ArrayList<>();
	}

	public Set<Long> getCoordinatorIds() {
		return this.coordinatorIds;
	}

	public void setCoordinatorIds(Set<Long> coordinatorIds) {
		this.coordinatorIds = (coordinatorIds != null) ? coordinatorIds : new LinkedHashSet<>();
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public Long getOrigin() {
		return this.origin;
	}

	public void setOrigin(Long origin) {
		this.origin = origin;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/**
	 * One step's row in the form: whether it is part of a chosen subset, and its planned
	 * period.
	 */
	public static class StepPlan {

		private StepType type;

		private boolean included;

		private LocalDate plannedStart;

		private LocalDate plannedEnd;

		public StepPlan() {
		}

		StepPlan(StepType type, boolean included, LocalDate plannedStart, LocalDate plannedEnd) {
			this.type = type;
			this.included = included;
			this.plannedStart = plannedStart;
			this.plannedEnd = plannedEnd;
		}

		public StepType getType() {
			return this.type;
		}

		public void setType(StepType type) {
			this.type = type;
		}

		public boolean isIncluded() {
			return this.included;
		}

		public void setIncluded(boolean included) {
			this.included = included;
		}

		public LocalDate getPlannedStart() {
			return this.plannedStart;
		}

		public void setPlannedStart(LocalDate plannedStart) {
			this.plannedStart = plannedStart;
		}

		public LocalDate getPlannedEnd() {
			return this.plannedEnd;
		}

		public void setPlannedEnd(LocalDate plannedEnd) {
			this.plannedEnd = plannedEnd;
		}

	}

}
