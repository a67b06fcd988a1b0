package nl.nvp.goedegesprek.actionplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<ImprovementAction, Long> {

	@Query("select a from ImprovementAction a where a.trajectoryId = ?1 order by a.deadline nulls last, a.id")
	List<ImprovementAction> findByTrajectory(long trajectoryId);

	@Query("select distinct a from ImprovementAction a left join fetch a.progress where a.id = ?1 and a.trajectoryId = ?2")
	Optional<ImprovementAction> findInTrajectory(long actionId, long trajectoryId);

	interface LastProgress {

		long getActionId();

		java.time.LocalDate getReportedOn();

	}

	@Query(value = "select action_id as actionId, max(reported_on) as reportedOn from action_progress p join improvement_action a on a.id = p.action_id where a.trajectory_id = ?1 group by action_id",
			nativeQuery = true)
	List<LastProgress> findLastProgress(long trajectoryId);

}
