package nl.nvp.goedegesprek.research.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchFindingRepository extends JpaRepository<ResearchFinding, Long> {

	List<ResearchFinding> findByTrajectoryIdOrderByTopicAscIdAsc(long trajectoryId);

}
