package nl.nvp.goedegesprek.project.codebook;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectThemeRepository extends JpaRepository<ProjectTheme, Long> {

	Optional<ProjectTheme> findByIdAndTrajectoryId(long id, long trajectoryId);

	@Query("select count(t) > 0 from ProjectTheme t where t.trajectoryId = ?1 and lower(t.name) = lower(?2) and (?3 is null or t.id <> ?3)")
	boolean existsWithName(long trajectoryId, String name, Long exceptId);

}
