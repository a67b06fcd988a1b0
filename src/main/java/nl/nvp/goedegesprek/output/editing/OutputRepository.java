package nl.nvp.goedegesprek.output.editing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Outputs, never with their file's bytes.
 */
public interface OutputRepository extends JpaRepository<Output, Long> {

	@Query("select o from Output o where o.trajectoryId = ?1 order by o.outputDate desc, o.id desc")
	List<Output> findByTrajectory(long trajectoryId);

	@Query("select o from Output o where o.id = ?2 and o.trajectoryId = ?1")
	Optional<Output> findInTrajectory(long trajectoryId, long outputId);

	@Query("select count(o) > 0 from Output o where o.trajectoryId = ?1 and lower(o.title) = lower(?2)")
	boolean existsWithTitle(long trajectoryId, String title);

	/** The trajectories with at least one published output. */
	@Query("select distinct o.trajectoryId from Output o where o.publishedAt is not null and o.trajectoryId is not null")
	List<Long> findTrajectoriesWithPublished();

	/** Published outputs of these trajectories, newest first. */
	@Query("""
			select o from Output o where o.publishedAt is not null and o.trajectoryId in ?1
			order by o.outputDate desc, o.id desc""")
	List<Output> findPublished(Collection<Long> trajectoryIds, Limit limit);

	/** Published outputs of these trajectories of one kind, newest first. */
	@Query("""
			select o from Output o where o.publishedAt is not null and o.trajectoryId in ?1 and o.kind = ?2
			order by o.outputDate desc, o.id desc""")
	List<Output> findPublished(Collection<Long> trajectoryIds, OutputKind kind, Limit limit);

	/** All published outputs of these trajectories, newest first (the region page). */
	@Query("""
			select o from Output o where o.publishedAt is not null and o.trajectoryId in ?1
			order by o.outputDate desc, o.id desc""")
	List<Output> findAllPublished(Collection<Long> trajectoryIds);

	/** The newest published outputs, for the feed. */
	@Query("select o from Output o where o.publishedAt is not null order by o.outputDate desc, o.id desc")
	List<Output> findNewestPublished(Limit limit);

	@Query("select o from Output o where o.id = ?1 and o.publishedAt is not null")
	Optional<Output> findPublished(long id);

	/** The bytes of an output's file. */
	@Query("select f.content from OutputFile f where f.outputId = ?1")
	Optional<byte[]> findContent(long outputId);

	/**
	 * A slice of an output's file, read in the database: {@code length} bytes from
	 * {@code offset} (0 for the first byte; PostgreSQL counts from 1), fewer at the end.
	 * A file is at most 25 MB, so both fit in an int (PostgreSQL's substring takes
	 * integers).
	 */
	@Query(value = "select substring(content from ?2 + 1 for ?3) from output_file where output_id = ?1",
			nativeQuery = true)
	Optional<byte[]> findContent(long outputId, int offset, int length);

}
