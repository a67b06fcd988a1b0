package nl.nvp.goedegesprek.actionplan.plan;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

	Optional<ActionPlan> findByPublicId(UUID publicId);

	/** The plan, locked: versions of one plan are made and adopted one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from ActionPlan p where p.trajectoryId = ?1")
	Optional<ActionPlan> lock(long trajectoryId);

	/** The plan row, locked (made first if the trajectory has none yet). */
	default ActionPlan lockOrCreate(long trajectoryId) {
		return lock(trajectoryId).orElseGet(() -> {
			saveAndFlush(new ActionPlan(trajectoryId));
			return lock(trajectoryId).orElseThrow();
		});
	}

}
