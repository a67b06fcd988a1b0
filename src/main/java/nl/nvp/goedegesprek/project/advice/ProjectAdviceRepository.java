package nl.nvp.goedegesprek.project.advice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectAdviceRepository extends JpaRepository<ProjectAdvice, Long> {

	@Query("select a from ProjectAdvice a where a.trajectoryId = ?1 order by lower(a.title), a.id")
	List<ProjectAdvice> findByTrajectory(long trajectoryId);

	@Query("select a from ProjectAdvice a where a.trajectoryId = ?1 and a.id = ?2")
	Optional<ProjectAdvice> findInTrajectory(long trajectoryId, long id);

	boolean existsByThemeId(long themeId);

}
