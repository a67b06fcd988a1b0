package nl.nvp.goedegesprek.research.figures;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegionalFigureRepository extends JpaRepository<RegionalFigure, Long> {

	@Query("select f from RegionalFigure f join fetch f.indicator where f.trajectoryId = ?1 order by f.indicator.id, f.year")
	List<RegionalFigure> findByTrajectory(long trajectoryId);

	boolean existsByTrajectoryIdAndIndicatorIdAndYear(long trajectoryId, long indicatorId, int year);

	/** Removes the figure if it is still there; 0 when it was removed already. */
	@Modifying
	@Query("delete from RegionalFigure f where f.id = ?2 and f.trajectoryId = ?1")
	int deleteFigure(long trajectoryId, long figureId);

}
