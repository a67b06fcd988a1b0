package nl.nvp.goedegesprek.actionplan.plan;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

	Optional<ActionPlan> findByPublicId(UUID publicId);

	/** The plan, locked: versions of one plan are made and adopted one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from ActionPlan p where p.trajectoryId = ?1")
	Optional<ActionPlan> lock(long trajectoryId);

	/** Makes the plan row unless it exists (two requests at once make one). */
	@Modifying
	@Query(value = """
			insert into action_plan (trajectory_id, public_id, created_at, created_by, changed_at, changed_by)
			values (?1, ?2, ?3, ?4, ?3, ?4) on conflict (trajectory_id) do nothing
			""", nativeQuery = true)
	void createIfAbsent(long trajectoryId, UUID publicId, Instant at, Long by);

	/**
	 * The plan row, locked (made first if the trajectory has none yet): versions of one
	 * plan are made, adopted and reviewed one at a time.
	 */
	default ActionPlan lockOrCreate(long trajectoryId, Instant at, Long by) {
		return lock(trajectoryId).orElseGet(() -> {
			createIfAbsent(trajectoryId, UUID.randomUUID(), at, by);
			return lock(trajectoryId).orElseThrow();
		});
	}

}
