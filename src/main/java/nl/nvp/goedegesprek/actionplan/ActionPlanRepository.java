package nl.nvp.goedegesprek.actionplan;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

	Optional<ActionPlan> findByPublicId(UUID publicId);

	/** The plan, locked: versions of one plan are made and adopted one at a time. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select p from ActionPlan p where p.trajectoryId = ?1")
	Optional<ActionPlan> lock(long trajectoryId);

}
