package nl.nvp.goedegesprek.research;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	/**
	 * The national catalogue and the indicators this trajectory added, catalogue first.
	 */
	@Query("select i from Indicator i where i.trajectoryId is null or i.trajectoryId = ?1 order by case when i.trajectoryId is null then 0 else 1 end, i.id")
	List<Indicator> findForTrajectory(long trajectoryId);

	@Query(value = "select indicator_id, year, value, source from national_figure where indicator_id in (?1) order by year",
			nativeQuery = true)
	List<Object[]> findNationalFigures(List<Long> indicatorIds);

}
