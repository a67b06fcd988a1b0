package nl.nvp.goedegesprek.project.dialogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FacilitatorLinkRepository extends JpaRepository<FacilitatorLink, Long> {

	Optional<FacilitatorLink> findByTokenHash(String tokenHash);

	/** A dialogue's links, newest first. */
	List<FacilitatorLink> findByMeetingIdOrderByIdDesc(long meetingId);

}
