package nl.nvp.goedegesprek.project.dialogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueRemarkRepository extends JpaRepository<DialogueRemark, Long> {

	/** A dialogue's remarks, oldest first. */
	List<DialogueRemark> findByMeetingIdOrderByIdAsc(long meetingId);

	/** The remarks entered through one link, oldest first. */
	List<DialogueRemark> findByFacilitatorLinkIdOrderByIdAsc(long facilitatorLinkId);

}
