package nl.nvp.goedegesprek.trajectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.shared.Audited;
import nl.nvp.goedegesprek.shared.RuleException;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * "Het goede gesprek" in one region (or nationally): its steps, where it stands, and who
 * runs it.
 */
@Entity
class Trajectory extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** CBS code of the region; null for a national dialogue project. */
	private String regionCode;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private TrajectoryVariant variant;

	@Enumerated(EnumType.STRING)
	private TrajectoryStatus status = TrajectoryStatus.DRAFT;

	/** When it was finished or cancelled; retention of personal data counts from here. */
	private Instant closedAt;

	private String contactName;

	private String contactEmail;

	private String contactPhone;

	@OneToMany(mappedBy = "trajectory", cascade = CascadeType.ALL, orphanRemoval = true)
	@Fetch(FetchMode.SUBSELECT)
	private List<TrajectoryStep> steps = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "trajectory_coordinator", joinColumns = @JoinColumn(name = "trajectory_id"))
	@Column(name = "account_id")
	@Fetch(FetchMode.SUBSELECT)
	private Set<Long> coordinatorIds = new HashSet<>();

	/**
	 * A national project's regions (CBS codes) that it draws its participants from; empty
	 * for the whole country, and always empty for a regional trajectory.
	 */
	@ElementCollection
	@CollectionTable(name = "trajectory_reach", joinColumns = @JoinColumn(name = "trajectory_id"))
	@Column(name = "region_code")
	@Fetch(FetchMode.SUBSELECT)
	private Set<String> reach = new HashSet<>();

	@Version
	private long version;

	protected Trajectory() {
	}

	/**
	 * A trajectory in a region, or a national project (variant
	 * {@link TrajectoryVariant#NATIONAL_PROJECT}, no region): one without the other is
	 * refused, as by the database.
	 */
	Trajectory(String regionCode, TrajectoryVariant variant, Set<StepType> chosenSteps) {
		if ((regionCode == null) != variant.isNational()) {
			throw new IllegalArgumentException("A national project has no region, a regional trajectory has one");
		}
		this.regionCode = regionCode;
		this.variant = variant;
		for (StepType type : variant.steps(chosenSteps)) {
			this.steps.add(new TrajectoryStep(this, type));
		}
	}

	void describe(String title, String description, String contactName, String contactEmail, String contactPhone) {
		requireOpen();
		this.title = title;
		this.description = description;
		this.contactName = contactName;
		this.contactEmail = contactEmail;
		this.contactPhone = contactPhone;
	}

	void assign(Set<Long> coordinatorIds) {
		requireOpen();
		this.coordinatorIds.clear();
		this.coordinatorIds.addAll(coordinatorIds);
	}

	/** Changes variant and chosen steps; only while nothing has started. */
	void reshape(TrajectoryVariant variant, Set<StepType> chosenSteps) {
		if (variant.isNational() != this.variant.isNational()) {
			throw new RuleException("trajectory.rule.nationalStaysNational");
		}
		Set<StepType> wanted = variant.steps(chosenSteps);
		if (variant == this.variant && wanted.equals(stepTypes())) {
			return;
		}
		if (this.status != TrajectoryStatus.DRAFT) {
			throw new RuleException("trajectory.rule.stepsFixedOnceStarted");
		}
		this.variant = variant;
		this.steps.removeIf((step) -> !wanted.contains(step.getType()));
		Set<StepType> present = stepTypes();
		wanted.stream()
			.filter((type) -> !present.contains(type))
			.forEach((type) -> this.steps.add(new TrajectoryStep(this, type)));
	}

	/**
	 * The regions a national project draws from (none: the whole country).
	 */
	void reach(Set<String> regionCodes) {
		requireOpen();
		if (!this.variant.isNational() && !regionCodes.isEmpty()) {
			throw new IllegalStateException("Only a national project reaches regions");
		}
		this.reach.retainAll(regionCodes);
		this.reach.addAll(regionCodes);
	}

	/**
	 * Whether a national project draws from one of these regions or from the whole
	 * country; false for a regional trajectory.
	 */
	boolean reachesAny(Set<String> regionCodes) {
		return this.variant.isNational()
				&& (this.reach.isEmpty() || this.reach.stream().anyMatch(regionCodes::contains));
	}

	void plan(Map<StepType, Period> periods) {
		requireOpen();
		for (TrajectoryStep step : this.steps) {
			Period period = periods.getOrDefault(step.getType(), Period.NONE);
			step.plan(period.start(), period.end());
		}
	}

	/** Starts the next step. One step is active at a time, and steps go in order. */
	/** Its steps changed: so did the trajectory (see {@link #touch}). */
	void stepsChanged(Instant now) {
		touch(now);
	}

	void startStep(StepType type) {
		requireOpen();
		TrajectoryStep step = step(type);
		if (activeStep().isPresent()) {
			throw new RuleException("trajectory.rule.oneActiveStep");
		}
		if (nextStep().filter((next) -> next == step).isEmpty()) {
			throw new RuleException("trajectory.rule.notNextStep");
		}
		step.moveTo(StepState.ACTIVE);
		this.status = TrajectoryStatus.RUNNING;
	}

	void completeStep(StepType type) {
		requireOpen();
		TrajectoryStep step = step(type);
		if (step.getState() != StepState.ACTIVE) {
			throw new RuleException("trajectory.rule.completeOnlyActive");
		}
		step.moveTo(StepState.DONE);
	}

	/** Skips a step that has not started, now or ahead of time. */
	void skipStep(StepType type) {
		requireOpen();
		TrajectoryStep step = step(type);
		if (step.getState() != StepState.NOT_STARTED) {
			throw new RuleException("trajectory.rule.skipOnlyNotStarted");
		}
		step.moveTo(StepState.SKIPPED);
	}

	/**
	 * Finishes a running trajectory once every step is done or skipped. From then on it
	 * is read-only. A trajectory that never ran is cancelled, not finished.
	 */
	void finish(Instant now) {
		requireOpen();
		if (this.status != TrajectoryStatus.RUNNING) {
			throw new RuleException("trajectory.rule.finishNeedsRunning");
		}
		if (this.steps.stream().anyMatch((step) -> !step.getState().isClosed())) {
			throw new RuleException("trajectory.rule.finishNeedsAllSteps");
		}
		this.status = TrajectoryStatus.FINISHED;
		this.closedAt = now;
	}

	void cancel(Instant now) {
		requireOpen();
		this.steps.stream()
			.filter((step) -> step.getState() == StepState.ACTIVE)
			.forEach((step) -> step.moveTo(StepState.SKIPPED));
		this.status = TrajectoryStatus.CANCELLED;
		this.closedAt = now;
	}

	boolean isReadOnly() {
		return this.status.isClosed();
	}

	boolean canFinish() {
		return this.status == TrajectoryStatus.RUNNING
				&& this.steps.stream().allMatch((step) -> step.getState().isClosed());
	}

	Optional<TrajectoryStep> activeStep() {
		return this.steps.stream().filter((step) -> step.getState() == StepState.ACTIVE).findFirst();
	}

	/**
	 * The step that may start next: the first not started, once all before it are closed.
	 */
	Optional<TrajectoryStep> nextStep() {
		for (TrajectoryStep step : getSteps()) {
			if (step.getState() == StepState.ACTIVE) {
				return Optional.empty();
			}
			if (step.getState() == StepState.NOT_STARTED) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

	private TrajectoryStep step(StepType type) {
		return this.steps.stream()
			.filter((step) -> step.getType() == type)
			.findFirst()
			.orElseThrow(() -> new RuleException("trajectory.rule.noSuchStep"));
	}

	private Set<StepType> stepTypes() {
		Set<StepType> types = new HashSet<>();
		this.steps.forEach((step) -> types.add(step.getType()));
		return types;
	}

	private void requireOpen() {
		if (isReadOnly()) {
			throw new RuleException("trajectory.rule.readOnly");
		}
	}

	Long getId() {
		return this.id;
	}

	String getRegionCode() {
		return this.regionCode;
	}

	String getTitle() {
		return this.title;
	}

	String getDescription() {
		return this.description;
	}

	TrajectoryVariant getVariant() {
		return this.variant;
	}

	TrajectoryStatus getStatus() {
		return this.status;
	}

	String getContactName() {
		return this.contactName;
	}

	String getContactEmail() {
		return this.contactEmail;
	}

	String getContactPhone() {
		return this.contactPhone;
	}

	/** The steps in their order. */
	List<TrajectoryStep> getSteps() {
		return this.steps.stream().sorted(Comparator.comparing(TrajectoryStep::getType)).toList();
	}

	Set<Long> getCoordinatorIds() {
		return this.coordinatorIds;
	}

	Set<String> getReach() {
		return this.reach;
	}

	long getVersion() {
		return this.version;
	}

	/** A planned period; either end may be open. */
	record Period(LocalDate start, LocalDate end) {

		static final Period NONE = new Period(null, null);

	}

}
