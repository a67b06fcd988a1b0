package nl.nvp.goedegesprek.research.figures;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	/**
	 * The national catalogue and the indicators this trajectory added, catalogue first.
	 */
	@Query("select i from Indicator i where i.trajectoryId is null or i.trajectoryId = ?1 order by case when i.trajectoryId is null then 0 else 1 end, i.id")
	List<Indicator> findForTrajectory(long trajectoryId);

	@Query(value = "select indicator_id, year, value, source from national_figure where indicator_id in (?1) order by year",
			nativeQuery = true)
	List<Object[]> findNationalFigures(List<Long> indicatorIds);

	interface Listed {

		long getId();

		String getName();

		String getUnit();

		String getDescription();

		long getNationalFigures();

	}

	/** The national catalogue, with how many national figures each indicator has. */
	@Query(value = """
			select i.id as id, i.name as name, i.unit as unit, i.description as description,
			       (select count(*) from national_figure n where n.indicator_id = i.id) as nationalFigures
			from indicator i where i.trajectory_id is null order by lower(i.name)
			""", nativeQuery = true)
	List<Listed> findCatalogue();

	@Query("select count(i) > 0 from Indicator i where lower(i.name) = lower(?1) and i.trajectoryId is null and i.id <> ?2")
	boolean catalogueNameTaken(String name, long exceptId);

	@Query("select count(i) > 0 from Indicator i where lower(i.name) = lower(?1) and (i.trajectoryId is null or i.trajectoryId = ?2)")
	boolean nameTakenFor(String name, long trajectoryId);

	@Modifying
	@Query(value = "insert into national_figure (indicator_id, year, value, source) values (?1, ?2, ?3, ?4) on conflict do nothing",
			nativeQuery = true)
	int addNationalFigure(long indicatorId, int year, BigDecimal value, String source);

	@Modifying
	@Query(value = "delete from national_figure where indicator_id = ?1 and year = ?2", nativeQuery = true)
	int removeNationalFigure(long indicatorId, int year);

}
