package nl.nvp.goedegesprek.trajectory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trajectories by region, for the national overview (issue 16): where each region stands
 * and, for one region, its trajectories with their steps as this person sees them. Each
 * call costs a fixed number of SQL statements, however many trajectories there are.
 */
@Service
@Transactional(readOnly = true)
public class RegionTrajectories {

	private final TrajectoryRepository repository;

	private final Clock clock;

	RegionTrajectories(TrajectoryRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Where each region stands, from its trajectories (cancelled ones do not count): it
	 * runs one; else it plans one; else it finished one; else never (absent from the
	 * map). The year is that of the latest trajectory in that phase: the year it was
	 * finished, or the year its first step starts (as planned; for a trajectory without
	 * planned dates that runs, the year it was made; one planned without dates has no
	 * year). One statement.
	 * @return by CBS code, the region's standing
	 */
	public Map<String, Standing> standings() {
		Map<String, Standing> standings = new HashMap<>();
		for (TrajectoryRepository.RegionTrajectoryDates row : this.repository.findRegionTrajectoryDates()) {
			Standing current = standings.getOrDefault(row.regionCode(), Standing.NEVER);
			standings.put(row.regionCode(), current.with(phase(row.status()), year(row)));
		}
		return standings;
	}

	private static Phase phase(TrajectoryStatus status) {
		return switch (status) {
			case DRAFT -> Phase.PLANNED;
			case RUNNING -> Phase.RUNNING;
			case FINISHED -> Phase.FINISHED;
			case CANCELLED -> Phase.NEVER;
		};
	}

	private Integer year(TrajectoryRepository.RegionTrajectoryDates row) {
		return year(row.status(), row.closedAt(), row.firstPlannedStart(), row.createdAt());
	}

	private Integer year(TrajectoryStatus status, Instant closedAt, LocalDate firstPlannedStart, Instant createdAt) {
		if (status == TrajectoryStatus.FINISHED && closedAt != null) {
			return yearOf(closedAt);
		}
		if (firstPlannedStart != null) {
			return firstPlannedStart.getYear();
		}
		return (status == TrajectoryStatus.RUNNING && createdAt != null) ? yearOf(createdAt) : null;
	}

	/**
	 * The trajectories, not cancelled, that this person may see (as
	 * {@code TrajectoryAccess.visibleTo}: national coordinators all, others those of
	 * their regions, a regional coordinator also those assigned to them, and the national
	 * projects that draw from their regions or the whole country, whose region is
	 * {@code null}), each with its region and its year as on the map (the year it
	 * finished, else the year its first step is planned to start, else for a running one
	 * the year it was made; else none). One statement.
	 * @param user the person
	 * @return the trajectories, in no particular order
	 */
	public List<Dated> dated(AccountPrincipal user) {
		Set<String> regions = user.regionCodes().isEmpty() ? Set.of("") : user.regionCodes();
		long account = user.is(Role.REGIONAL_COORDINATOR) ? user.id() : -1L;
		// A national project reaches only those with a region, as on its page
		// (TrajectoryAccess).
		return this.repository
			.findVisibleTrajectoryDates(user.isNational(), regions, account, !user.regionCodes().isEmpty())
			.stream()
			.map((row) -> new Dated(row.id(), row.regionCode(),
					year(row.status(), row.closedAt(), row.firstPlannedStart(), row.createdAt())))
			.toList();
	}

	/**
	 * A trajectory with its region and year.
	 *
	 * @param id the trajectory's id
	 * @param regionCode its region's CBS code
	 * @param year its year (see {@link #dated}), or {@code null}
	 */
	public record Dated(long id, String regionCode, Integer year) {
	}

	private int yearOf(Instant instant) {
		return LocalDate.ofInstant(instant, this.clock.getZone()).getYear();
	}

	/**
	 * The regions whose page this person may open: national coordinators every region
	 * ({@code null}), others their own regions, and a regional coordinator also the
	 * regions of the trajectories assigned to them (where they see only those).
	 * @param user the person
	 * @return the CBS codes, or {@code null} for all
	 */
	public Set<String> regionsWithDetails(AccountPrincipal user) {
		if (user.isNational()) {
			return null;
		}
		Set<String> regions = new HashSet<>(user.regionCodes());
		if (user.is(Role.REGIONAL_COORDINATOR)) {
			regions.addAll(this.repository.findRegionsCoordinatedBy(user.id()));
		}
		return Set.copyOf(regions);
	}

	/**
	 * The trajectories of a region that this person may see, newest first, with their
	 * steps. Three statements (trajectories, steps, coordinators).
	 * @param regionCode the region's CBS code
	 * @param user the person
	 * @return the trajectories
	 */
	public List<Outline> inRegion(String regionCode, AccountPrincipal user) {
		Specification<Trajectory> inRegion = (root, query, cb) -> cb.equal(root.get("regionCode"), regionCode);
		return this.repository
			.findAll(TrajectoryAccess.visibleTo(user).and(inRegion),
					Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))
			.stream()
			.map((trajectory) -> new Outline(TrajectoryAccess.ref(trajectory, user),
					"TrajectoryStatus." + trajectory.getStatus().name(),
					"TrajectoryVariant." + trajectory.getVariant().name(),
					trajectory.getSteps()
						.stream()
						.map((step) -> new Step(step.getType(), "StepState." + step.getState().name(),
								step.getState() == StepState.ACTIVE, step.getPlannedStart(), step.getPlannedEnd()))
						.toList()))
			.toList();
	}

	/** Where a region stands. */
	public enum Phase {

		/** No trajectory, or only cancelled ones. */
		NEVER,
		/** Finished one, none planned or running. */
		FINISHED,
		/** Plans one, none running. */
		PLANNED,
		/** Runs one. */
		RUNNING

	}

	/**
	 * A region's standing.
	 *
	 * @param phase where it stands
	 * @param year the year of the latest trajectory in that phase, or {@code null}
	 * @param planned how many trajectories it plans
	 * @param running how many run
	 * @param finished how many finished
	 */
	public record Standing(Phase phase, Integer year, int planned, int running, int finished) {

		public static final Standing NEVER = new Standing(Phase.NEVER, null, 0, 0, 0);

		Standing with(Phase other, Integer otherYear) {
			int morePlanned = this.planned + ((other == Phase.PLANNED) ? 1 : 0);
			int moreRunning = this.running + ((other == Phase.RUNNING) ? 1 : 0);
			int moreFinished = this.finished + ((other == Phase.FINISHED) ? 1 : 0);
			Phase phase = (other.compareTo(this.phase) > 0) ? other : this.phase;
			Integer year = this.year;
			if (other.compareTo(this.phase) > 0) {
				year = otherYear;
			}
			else if (other == this.phase && otherYear != null && (year == null || otherYear > year)) {
				year = otherYear;
			}
			return new Standing(phase, year, morePlanned, moreRunning, moreFinished);
		}

	}

	/**
	 * A trajectory on its region's page.
	 *
	 * @param trajectory the trajectory as this person sees it
	 * @param status the message key of its status
	 * @param variant the message key of its variant
	 * @param steps its steps, in order
	 */
	public record Outline(TrajectoryRef trajectory, String status, String variant, List<Step> steps) {
	}

	/**
	 * A step of a trajectory.
	 *
	 * @param type which step
	 * @param state the message key of its state
	 * @param active whether it runs now
	 * @param plannedStart its planned first day, or {@code null}
	 * @param plannedEnd its planned last day, or {@code null}
	 */
	public record Step(StepType type, String state, boolean active, LocalDate plannedStart, LocalDate plannedEnd) {
	}

}
