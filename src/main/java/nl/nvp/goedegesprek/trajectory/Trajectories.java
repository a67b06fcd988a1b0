package nl.nvp.goedegesprek.trajectory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.region.RegionSummary;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Plan and run trajectories. Every method takes the person acting and applies who may see
 * and change what ({@link TrajectoryAccess}).
 */
@Service
@Transactional(readOnly = true)
public class Trajectories {

	static final int PAGE_SIZE = 20;

	private final TrajectoryRepository repository;

	private final Regions regions;

	private final Accounts accounts;

	private final Clock clock;

	private final int retentionMonths;

	Trajectories(TrajectoryRepository repository, Regions regions, Accounts accounts, Clock clock,
			@Value("${goedegesprek.retention.months:12}") int retentionMonths) {
		this.repository = repository;
		this.regions = regions;
		this.accounts = accounts;
		this.clock = clock;
		this.retentionMonths = retentionMonths;
	}

	Page<TrajectoryViews.Row> list(TrajectoryFilter filter, AccountPrincipal user) {
		Page<Trajectory> page = this.repository.findAll(TrajectoryAccess.visibleTo(user).and(filter.toSpecification()),
				PageRequest.of(filter.pageIndex(), PAGE_SIZE, filter.sort()));
		Map<String, String> regionNames = this.regions.namesByCode();
		return page.map((trajectory) -> new TrajectoryViews.Row(trajectory.getId(), trajectory.getTitle(),
				regionNames.get(trajectory.getRegionCode()), trajectory.getVariant(), trajectory.getStatus(),
				trajectory.activeStep().map(TrajectoryStep::getType).orElse(null),
				trajectory.nextStep().map(TrajectoryStep::getType).orElse(null), steps(trajectory, false),
				trajectory.getChangedAt()));
	}

	/** For other modules: the trajectory if this person may see it. */
	/**
	 * Whether a trajectory is finished or cancelled (for links of people without an
	 * account).
	 */
	@Transactional(readOnly = true)
	public boolean isClosed(long id) {
		return this.repository.findById(id).map(Trajectory::isReadOnly).orElse(true);
	}

	/**
	 * The trajectories that closed (finished or cancelled) longer ago than the retention
	 * period ({@code goedegesprek.retention.months}, 12 as the privacy statement says):
	 * the personal data of their participants and contact persons is due for removal.
	 */
	@Transactional(readOnly = true)
	public List<Long> dueForRetention() {
		return this.repository
			.findClosedBefore(ZonedDateTime.now(this.clock).minusMonths(this.retentionMonths).toInstant());
	}

	/**
	 * A trajectory's title, for a page its coordinators chose to make public (the public
	 * action plan); nothing else of the trajectory is shown there.
	 */
	public String publicTitle(long id) {
		return this.repository.findById(id).map(Trajectory::getTitle).orElseThrow(NotFoundException::new);
	}

	public Optional<TrajectoryRef> find(long id, AccountPrincipal user) {
		return this.repository.findById(id)
			.filter((trajectory) -> TrajectoryAccess.canView(user, trajectory))
			.map((trajectory) -> ref(trajectory, user));
	}

	/**
	 * For other modules: every trajectory this person may see, in a fixed number of
	 * queries.
	 */
	public List<TrajectoryRef> visibleTo(AccountPrincipal user) {
		return this.repository.findAll(TrajectoryAccess.visibleTo(user))
			.stream()
			.map((trajectory) -> ref(trajectory, user))
			.toList();
	}

	private static TrajectoryRef ref(Trajectory trajectory, AccountPrincipal user) {
		return new TrajectoryRef(trajectory.getId(), trajectory.getTitle(), trajectory.getRegionCode(),
				trajectory.getSteps().stream().map(TrajectoryStep::getType).toList(),
				TrajectoryAccess.canEdit(user, trajectory),
				TrajectoryAccess.canEdit(user, trajectory) && !trajectory.isReadOnly());
	}

	TrajectoryViews.Details details(long id, AccountPrincipal user) {
		Trajectory trajectory = visible(id, user);
		Set<Long> people = new HashSet<>(trajectory.getCoordinatorIds());
		people.add(trajectory.getCreatedBy());
		people.add(trajectory.getChangedBy());
		people.remove(null);
		Map<Long, String> names = this.accounts.displayNames(people);
		boolean editable = TrajectoryAccess.canEdit(user, trajectory) && !trajectory.isReadOnly();
		List<String> coordinatorNames = trajectory.getCoordinatorIds()
			.stream()
			.map(names::get)
			.filter(Objects::nonNull)
			.sorted()
			.toList();
		String regionName = this.regions.find(trajectory.getRegionCode()).map((region) -> region.name()).orElse(null);
		return new TrajectoryViews.Details(trajectory.getId(), trajectory.getTitle(), trajectory.getDescription(),
				trajectory.getRegionCode(), regionName, trajectory.getVariant(), trajectory.getStatus(),
				steps(trajectory, editable), trajectory.activeStep().map(TrajectoryStep::getType).orElse(null),
				trajectory.nextStep().map(TrajectoryStep::getType).orElse(null), coordinatorNames,
				trajectory.getContactName(), trajectory.getContactEmail(), trajectory.getContactPhone(), editable,
				trajectory.isReadOnly(), editable && trajectory.canFinish(), trajectory.getVersion(),
				trajectory.getCreatedAt(), names.get(trajectory.getCreatedBy()), trajectory.getChangedAt(),
				names.get(trajectory.getChangedBy()), ref(trajectory, user));
	}

	TrajectoryForm editForm(long id, AccountPrincipal user) {
		Trajectory trajectory = editable(visible(id, user), user);
		return TrajectoryForm.of(trajectory);
	}

	boolean isReadOnly(long id, AccountPrincipal user) {
		return visible(id, user).isReadOnly();
	}

	/** The regions in which this person may plan a trajectory. */
	List<RegionSummary> regionsToPlanIn(AccountPrincipal user) {
		return this.regions.current()
			.stream()
			.filter((region) -> TrajectoryAccess.canCreateIn(user, region.code()))
			.toList();
	}

	List<Accounts.CoordinatorOption> coordinatorOptions() {
		return this.accounts.regionalCoordinators();
	}

	/**
	 * Checks what Bean Validation cannot: the region, the coordinators and the person's
	 * rights.
	 */
	void checkReferences(TrajectoryForm form, AccountPrincipal user, boolean creating, Errors errors) {
		if (creating) {
			String region = blankToNull(form.getRegionCode());
			if (region != null && !this.regions.isCurrent(region)) {
				errors.rejectValue("regionCode", "TrajectoryForm.regionCode.unknown");
			}
			else if (!TrajectoryAccess.canCreateIn(user, region)) {
				errors.rejectValue("regionCode", "TrajectoryForm.regionCode.notYours");
			}
		}
		Set<Long> known = new HashSet<>();
		this.accounts.regionalCoordinators().forEach((option) -> known.add(option.id()));
		if (!known.containsAll(form.getCoordinatorIds())) {
			errors.rejectValue("coordinatorIds", "TrajectoryForm.coordinatorIds.unknown");
		}
	}

	@Transactional
	long create(TrajectoryForm form, AccountPrincipal user) {
		String region = blankToNull(form.getRegionCode());
		if (!TrajectoryAccess.canCreateIn(user, region)) {
			throw new AccessDeniedException("Not allowed to plan here");
		}
		Trajectory trajectory = new Trajectory(region, form.getVariant(), form.chosenSteps());
		apply(trajectory, form, user);
		return this.repository.save(trajectory).getId();
	}

	@Transactional
	void update(long id, TrajectoryForm form, AccountPrincipal user) {
		Trajectory trajectory = forChange(id, form.getVersion(), user);
		trajectory.reshape(form.getVariant(), form.chosenSteps());
		apply(trajectory, form, user);
	}

	private void apply(Trajectory trajectory, TrajectoryForm form, AccountPrincipal user) {
		trajectory.describe(form.getTitle(), form.getDescription(), form.getContactName(), form.getContactEmail(),
				form.getContactPhone());
		Set<Long> coordinators = new HashSet<>(form.getCoordinatorIds());
		if (user.is(Role.REGIONAL_COORDINATOR)) {
			// A regional coordinator who plans or edits a trajectory keeps running it.
			coordinators.add(user.id());
		}
		trajectory.assign(coordinators);
		trajectory.plan(form.periods());
	}

	@Transactional
	void startStep(long id, long version, StepType step, AccountPrincipal user) {
		change(id, version, user, (trajectory) -> trajectory.startStep(step));
	}

	@Transactional
	void completeStep(long id, long version, StepType step, AccountPrincipal user) {
		change(id, version, user, (trajectory) -> trajectory.completeStep(step));
	}

	@Transactional
	void skipStep(long id, long version, StepType step, AccountPrincipal user) {
		change(id, version, user, (trajectory) -> trajectory.skipStep(step));
	}

	@Transactional
	void finish(long id, long version, AccountPrincipal user) {
		change(id, version, user, (trajectory) -> trajectory.finish(Instant.now(this.clock)));
	}

	@Transactional
	void cancel(long id, long version, AccountPrincipal user) {
		change(id, version, user, (trajectory) -> trajectory.cancel(Instant.now(this.clock)));
	}

	private void change(long id, long version, AccountPrincipal user, Consumer<Trajectory> action) {
		action.accept(forChange(id, version, user));
	}

	private Trajectory forChange(long id, long version, AccountPrincipal user) {
		Trajectory trajectory = this.repository.findForChange(id)
			.filter((found) -> TrajectoryAccess.canView(user, found))
			.orElseThrow(NotFoundException::new);
		editable(trajectory, user);
		if (trajectory.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Trajectory.class, id);
		}
		return trajectory;
	}

	private Trajectory visible(long id, AccountPrincipal user) {
		return this.repository.findById(id)
			.filter((trajectory) -> TrajectoryAccess.canView(user, trajectory))
			.orElseThrow(NotFoundException::new);
	}

	private static Trajectory editable(Trajectory trajectory, AccountPrincipal user) {
		if (!TrajectoryAccess.canEdit(user, trajectory)) {
			throw new AccessDeniedException("Read-only for this person");
		}
		return trajectory;
	}

	private static List<TrajectoryViews.StepView> steps(Trajectory trajectory, boolean editable) {
		TrajectoryStep next = trajectory.nextStep().orElse(null);
		List<TrajectoryViews.StepView> views = new ArrayList<>();
		for (TrajectoryStep step : trajectory.getSteps()) {
			views.add(new TrajectoryViews.StepView(step.getType(), step.getState(), step.getPlannedStart(),
					step.getPlannedEnd(), editable && step == next, editable && step.getState() == StepState.ACTIVE,
					editable && step.getState() == StepState.NOT_STARTED));
		}
		return views;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
