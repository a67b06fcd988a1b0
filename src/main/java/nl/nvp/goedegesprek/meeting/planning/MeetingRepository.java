package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	Optional<Meeting> findByPublicId(UUID publicId);

	List<Meeting> findByTrajectoryIdInOrderByDateDescStartTimeDesc(Collection<Long> trajectoryIds);

	@Query("select m.id from Meeting m where m.trajectoryId = ?1 and m.cancelled = false order by m.date, m.startTime, m.id")
	List<Long> findIdsNotCancelled(long trajectoryId);

	/**
	 * Whether the trajectory has a meeting, not cancelled, that starts on this day at
	 * this time.
	 */
	@Query("select count(m) > 0 from Meeting m where m.trajectoryId = ?1 and m.date = ?2 and m.startTime = ?3 and m.cancelled = false")
	boolean existsStartingAt(long trajectoryId, LocalDate date, LocalTime startTime);

	/**
	 * The meeting's trajectory, read without loading (or locking) the meeting: to check
	 * access before the row is locked.
	 */
	@Query("select m.trajectoryId from Meeting m where m.id = ?1")
	Optional<Long> findTrajectoryId(long id);

	/**
	 * Locks the meeting row for the rest of the transaction: every decision about its
	 * places (confirm, waitlist, move up) is made one at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Meeting m where m.id = ?1")
	Optional<Meeting> lockById(long id);

}
