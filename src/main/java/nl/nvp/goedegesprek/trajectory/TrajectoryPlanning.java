package nl.nvp.goedegesprek.trajectory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.region.RegionSummary;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Plan trajectories: the list, the trajectory page, and planning or editing one. Every
 * method takes the person acting and applies who may see and change what
 * ({@link TrajectoryAccess}).
 */
@Service
@Transactional(readOnly = true)
class TrajectoryPlanning {

	static final int PAGE_SIZE = 20;

	private final TrajectoryRepository repository;

	private final Regions regions;

	private final Accounts accounts;

	private final TransactionLocks locks;

	private final ObjectProvider<TrajectoryOrigin> origin;

	TrajectoryPlanning(TrajectoryRepository repository, Regions regions, Accounts accounts, TransactionLocks locks,
			ObjectProvider<TrajectoryOrigin> origin) {
		this.repository = repository;
		this.regions = regions;
		this.accounts = accounts;
		this.locks = locks;
		this.origin = origin;
	}

	/**
	 * A new trajectory's form, prefilled from its origin (a region's request) when there
	 * is one this person may turn into a trajectory.
	 */
	TrajectoryForm newForm(Long originId, AccountPrincipal user) {
		TrajectoryForm form = TrajectoryForm.empty();
		if (!user.isNational() && user.regionCodes().size() == 1) {
			form.setRegionCode(user.regionCodes().iterator().next());
		}
		TrajectoryOrigin source = (originId != null) ? this.origin.getIfAvailable() : null;
		if (source != null) {
			source.prefill(originId, user).ifPresent((prefill) -> {
				form.setOrigin(originId);
				form.setRegionCode(prefill.regionCode());
				form.setTitle(prefill.title());
				form.setVariant(TrajectoryVariant.valueOf(prefill.variant()));
				form.setContactName(prefill.contactName());
				form.setContactEmail(prefill.contactEmail());
				if (form.getVariant() == TrajectoryVariant.DIALOGUE_TABLE) {
					form.getSteps().forEach((plan) -> plan.setIncluded(plan.getType() == StepType.DIALOGUE_TABLE));
				}
			});
		}
		return form;
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
				names.get(trajectory.getChangedBy()), TrajectoryAccess.ref(trajectory, user));
	}

	TrajectoryForm editForm(long id, AccountPrincipal user) {
		Trajectory trajectory = TrajectoryAccess.editable(visible(id, user), user);
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
			if (form.getVariant() != null && form.getVariant().isNational()) {
				// A national project is made with its settings (project module).
				errors.rejectValue("variant", "TrajectoryForm.variant.national");
			}
			if (region == null) {
				errors.rejectValue("regionCode", "TrajectoryForm.regionCode.required");
			}
			else if (!this.regions.isCurrent(region)) {
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
		// One trajectory per title in a region (cancelled ones aside): the same form sent
		// from two tabs, or by two coordinators, makes one (decision 28).
		this.locks.lock("trajectory-title", Objects.requireNonNullElse(region, "national"));
		if (this.repository.existsWithTitle(region, form.getTitle().strip())) {
			throw new RuleException("TrajectoryForm.title.exists");
		}
		Trajectory trajectory = new Trajectory(region, form.getVariant(), form.chosenSteps());
		apply(trajectory, form, user);
		long id = this.repository.save(trajectory).getId();
		if (form.getOrigin() != null) {
			// A request that becomes this trajectory: in the same transaction, so that a
			// request already turned into one (another tab) undoes this one.
			this.origin.ifAvailable((origin) -> origin.becameTrajectory(form.getOrigin(), id, user));
		}
		return id;
	}

	@Transactional
	void update(long id, TrajectoryForm form, AccountPrincipal user) {
		Trajectory trajectory = TrajectoryAccess.forChange(this.repository, id, form.getVersion(), user);
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

	private Trajectory visible(long id, AccountPrincipal user) {
		return this.repository.findById(id)
			.filter((trajectory) -> TrajectoryAccess.canView(user, trajectory))
			.orElseThrow(NotFoundException::new);
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
