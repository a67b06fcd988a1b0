package nl.nvp.goedegesprek.research.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ResearchFindingRepository extends JpaRepository<ResearchFinding, Long> {

	List<ResearchFinding> findByTrajectoryIdOrderByTopicAscIdAsc(long trajectoryId);

	/**
	 * Whether the trajectory has this finding already (topic and text, ignoring case).
	 */
	@Query("select count(f) > 0 from ResearchFinding f where f.trajectoryId = ?1 and lower(f.topic) = lower(?2) and lower(f.text) = lower(?3)")
	boolean existsFinding(long trajectoryId, String topic, String text);

	/** Removes the finding if it is still there; 0 when it was removed already. */
	@Modifying
	@Query("delete from ResearchFinding f where f.id = ?2 and f.trajectoryId = ?1")
	int deleteFinding(long trajectoryId, long findingId);

}
