package nl.nvp.goedegesprek.research.figures;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionalFigureRepository extends JpaRepository<RegionalFigure, Long> {

	@Query("select f from RegionalFigure f join fetch f.indicator where f.trajectoryId = ?1 order by f.indicator.id, f.year")
	List<RegionalFigure> findByTrajectory(long trajectoryId);

	boolean existsByTrajectoryIdAndIndicatorIdAndYear(long trajectoryId, long indicatorId, int year);

}
