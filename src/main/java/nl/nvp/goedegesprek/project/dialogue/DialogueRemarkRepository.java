package nl.nvp.goedegesprek.project.dialogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DialogueRemarkRepository extends JpaRepository<DialogueRemark, Long> {

	/** A dialogue's remarks, oldest first. */
	List<DialogueRemark> findByMeetingIdOrderByIdAsc(long meetingId);

	/** The remarks entered through one link, oldest first. */
	List<DialogueRemark> findByFacilitatorLinkIdOrderByIdAsc(long facilitatorLinkId);

	/** Per dialogue of a project: its meeting's id and the remarks recorded. */
	@Query("select r.meetingId, count(r) from DialogueRemark r where r.trajectoryId = ?1 group by r.meetingId")
	List<Object[]> countByMeeting(long trajectoryId);

}
