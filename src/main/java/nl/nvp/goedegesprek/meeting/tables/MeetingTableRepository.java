package nl.nvp.goedegesprek.meeting.tables;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeetingTableRepository extends JpaRepository<MeetingTable, Long> {

	@Query("select t from MeetingTable t where t.meeting.id = ?1 order by t.number")
	List<MeetingTable> findByMeeting(long meetingId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Registration r set r.table = null where r.meeting.id = ?1")
	void unseatAll(long meetingId);

	@Modifying(flushAutomatically = true)
	@Query("delete from MeetingTable t where t.meeting.id = ?1")
	void deleteByMeeting(long meetingId);

}
