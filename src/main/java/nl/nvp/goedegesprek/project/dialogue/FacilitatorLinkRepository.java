package nl.nvp.goedegesprek.project.dialogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FacilitatorLinkRepository extends JpaRepository<FacilitatorLink, Long> {

	Optional<FacilitatorLink> findByTokenHash(String tokenHash);

	/** A dialogue's links, newest first. */
	List<FacilitatorLink> findByMeetingIdOrderByIdDesc(long meetingId);

	/**
	 * Per dialogue of a project: its meeting's id, links made and links still working.
	 */
	@Query("""
			select l.meetingId, count(l), sum(case when l.expiresAt > ?2 then 1L else 0L end)
			from FacilitatorLink l where l.trajectoryId = ?1 group by l.meetingId""")
	List<Object[]> countByMeeting(long trajectoryId, Instant now);

}
