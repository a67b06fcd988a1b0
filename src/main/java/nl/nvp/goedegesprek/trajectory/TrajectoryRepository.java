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

	@Query("""
			select new nl.nvp.goedegesprek.trajectory.TrajectoryRepository$RegionStatusCount(t.regionCode, t.status, count(t))
			from Trajectory t where t.regionCode is not null group by t.regionCode, t.status""")
	List<RegionStatusCount> countByRegionAndStatus();

	record RegionStatusCount(String regionCode, TrajectoryStatus status, long count) {
	}

	/**
	 * Whether the region (null: national) has a trajectory with this title, not
	 * cancelled.
	 */
	@Query("""
			select count(t) > 0 from Trajectory t
			where (t.regionCode = ?1 or (?1 is null and t.regionCode is null))
			and lower(t.title) = lower(?2) and t.status <> nl.nvp.goedegesprek.trajectory.TrajectoryStatus.CANCELLED""")
	boolean existsWithTitle(String regionCode, String title);

	@Query("select t.id from Trajectory t where t.closedAt < ?1")
	List<Long> findClosedBefore(Instant cutoff);

}
