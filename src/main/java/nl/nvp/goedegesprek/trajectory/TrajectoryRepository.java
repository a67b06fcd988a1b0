package nl.nvp.goedegesprek.trajectory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TrajectoryRepository extends JpaRepository<Trajectory, Long>, JpaSpecificationExecutor<Trajectory> {

	/**
	 * Loads a trajectory to change it; its version goes up even when only a step changes.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select t from Trajectory t where t.id = ?1")
	Optional<Trajectory> findForChange(long id);

	/**
	 * Whether the region (null: national) has a trajectory with this title, not
	 * cancelled.
	 */
	@Query("""
			select count(t) > 0 from Trajectory t
			where (t.regionCode = ?1 or (?1 is null and t.regionCode is null))
			and lower(t.title) = lower(?2) and t.status <> nl.nvp.goedegesprek.trajectory.TrajectoryStatus.CANCELLED""")
	boolean existsWithTitle(String regionCode, String title);

	/**
	 * Per trajectory in a region, not cancelled: where it stands and its dates, for the
	 * national map (one row per trajectory).
	 */
	@Query("""
			select new nl.nvp.goedegesprek.trajectory.TrajectoryRepository$RegionTrajectoryDates(
			t.regionCode, t.status, t.createdAt, t.closedAt, min(s.plannedStart))
			from Trajectory t left join t.steps s
			where t.regionCode is not null and t.status <> nl.nvp.goedegesprek.trajectory.TrajectoryStatus.CANCELLED
			group by t.id, t.regionCode, t.status, t.createdAt, t.closedAt""")
	List<RegionTrajectoryDates> findRegionTrajectoryDates();

	record RegionTrajectoryDates(String regionCode, TrajectoryStatus status, Instant createdAt, Instant closedAt,
			java.time.LocalDate firstPlannedStart) {
	}

	/**
	 * Per trajectory, not cancelled, that this person may see (everyone's when
	 * {@code all}, else those in these regions, assigned to this account, or national
	 * projects that draw from these regions or the whole country, as
	 * {@code TrajectoryAccess.visibleTo}): its id, region (null for a national project)
	 * and dates, for the recurring topics and the annual numbers (one row per
	 * trajectory).
	 */
	@Query("""
			select new nl.nvp.goedegesprek.trajectory.TrajectoryRepository$VisibleTrajectoryDates(
			t.id, t.regionCode, t.status, t.createdAt, t.closedAt, min(s.plannedStart))
			from Trajectory t left join t.steps s
			where t.status <> nl.nvp.goedegesprek.trajectory.TrajectoryStatus.CANCELLED
			and (?1 = true or t.regionCode in ?2 or ?3 member of t.coordinatorIds
			  or (?4 = true and t.regionCode is null and (not exists (select 1 from Trajectory x join x.reach r where x = t)
			    or exists (select 1 from Trajectory y join y.reach q where y = t and q in ?2))))
			group by t.id, t.regionCode, t.status, t.createdAt, t.closedAt""")
	List<VisibleTrajectoryDates> findVisibleTrajectoryDates(boolean all, java.util.Collection<String> regionCodes,
			long accountId, boolean hasRegions);

	record VisibleTrajectoryDates(long id, String regionCode, TrajectoryStatus status, Instant createdAt,
			Instant closedAt, java.time.LocalDate firstPlannedStart) {
	}

	/** The regions of the trajectories this person coordinates. */
	@Query("select distinct t.regionCode from Trajectory t join t.coordinatorIds c where c = ?1 and t.regionCode is not null")
	List<String> findRegionsCoordinatedBy(long accountId);

	@Query("select t.id from Trajectory t where t.closedAt < ?1")
	List<Long> findClosedBefore(Instant cutoff);

	@Query("select new nl.nvp.goedegesprek.trajectory.PublicTrajectory(t.id, t.title, t.regionCode) from Trajectory t where t.id in ?1")
	List<PublicTrajectory> findPublicSummaries(java.util.Collection<Long> ids);

}
