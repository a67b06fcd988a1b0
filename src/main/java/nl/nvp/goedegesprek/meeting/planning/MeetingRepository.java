package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
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

	/**
	 * One trajectory's meetings, latest first (a single id: Hibernate keeps the query's
	 * translation, which it makes again on every call with a collection).
	 */
	List<Meeting> findByTrajectoryIdOrderByDateDescStartTimeDesc(long trajectoryId);

	long countByTrajectoryIdAndTypeAndCancelledFalse(long trajectoryId, MeetingType type);

	/** A trajectory's meetings of one type, soonest first. */
	List<Meeting> findByTrajectoryIdAndTypeOrderByDateAscStartTimeAscIdAsc(long trajectoryId, MeetingType type);

	@Query("select m.id from Meeting m where m.trajectoryId = ?1 and m.cancelled = false order by m.date, m.startTime, m.id")
	List<Long> findIdsNotCancelled(long trajectoryId);

	/**
	 * Whether the trajectory has a meeting, not cancelled, that starts on this day at
	 * this time.
	 */
	@Query("select count(m) > 0 from Meeting m where m.trajectoryId = ?1 and m.date = ?2 and m.startTime = ?3 and m.cancelled = false")
	boolean existsStartingAt(long trajectoryId, LocalDate date, LocalTime startTime);

	/** The titles of the trajectory's meetings, cancelled ones too. */
	@Query("select m.title from Meeting m where m.trajectoryId = ?1")
	List<String> findTitles(long trajectoryId);

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

	/**
	 * The meetings of these trajectories between these days, not cancelled, soonest
	 * first.
	 */
	@Query("select m from Meeting m where m.trajectoryId in ?1 and m.cancelled = false and m.date between ?2 and ?3 order by m.date, m.startTime, m.id")
	List<Meeting> findComing(Collection<Long> trajectoryIds, LocalDate from, LocalDate until);

	/** The places per role of these meetings: meeting id, role, places. */
	@Query("select m.id, key(q), value(q) from Meeting m join m.quotas q where m.id in ?1")
	List<Object[]> findQuotas(Collection<Long> meetingIds);

	/**
	 * Registrations that wait (for the person's own confirmation, or for a guardian's
	 * consent) for meetings of these trajectories yet to come, by trajectory and status.
	 */
	@Query("""
			select m.trajectoryId, r.status, count(r) from nl.nvp.goedegesprek.meeting.registration.Registration r
			join r.meeting m where m.trajectoryId in ?1 and m.cancelled = false and m.date >= ?2
			and r.status in (nl.nvp.goedegesprek.meeting.registration.RegistrationStatus.PENDING,
			nl.nvp.goedegesprek.meeting.registration.RegistrationStatus.AWAITING_CONSENT)
			group by m.trajectoryId, r.status""")
	List<Object[]> countWaiting(Collection<Long> trajectoryIds, LocalDate from);

	/**
	 * {@link #findComing}, the trajectories' ids as one parameter
	 * ({@link nl.nvp.goedegesprek.shared.IdArray}).
	 */
	@Query(value = """
			select m.* from meeting m where m.trajectory_id = any(cast(?1 as bigint[])) and m.cancelled = false
			and m.meeting_date between ?2 and ?3 order by m.meeting_date, m.start_time, m.id""", nativeQuery = true)
	List<Meeting> findComingIn(String trajectoryIdArray, LocalDate from, LocalDate until);

	/**
	 * {@link #findQuotas}, the meetings' ids as one parameter: meeting id, role (its
	 * name), places.
	 */
	@Query(value = "select q.meeting_id, q.role, q.places from meeting_quota q where q.meeting_id = any(cast(?1 as bigint[]))",
			nativeQuery = true)
	List<Object[]> findQuotasIn(String meetingIdArray);

	/**
	 * {@link #countWaiting}, the trajectories' ids as one parameter: trajectory id,
	 * status (its name), count.
	 */
	@Query(value = """
			select m.trajectory_id, r.status, count(r.id) from registration r join meeting m on m.id = r.meeting_id
			where m.trajectory_id = any(cast(?1 as bigint[])) and m.cancelled = false and m.meeting_date >= ?2
			and r.status in ('PENDING', 'AWAITING_CONSENT') group by m.trajectory_id, r.status""", nativeQuery = true)
	List<Object[]> countWaitingIn(String trajectoryIdArray, LocalDate from);

	/**
	 * The meetings of these trajectories from this day on, cancelled ones too, soonest
	 * first.
	 */
	@Query("select m from Meeting m where m.trajectoryId in ?1 and m.date >= ?2 order by m.date, m.startTime, m.id")
	List<Meeting> findFrom(Collection<Long> trajectoryIds, LocalDate from);

	/**
	 * The meetings of these trajectories that took place (not cancelled, started before
	 * {@code now}, Dutch time), per trajectory and year of their date.
	 */
	@Query(value = """
			select m.trajectory_id as trajectoryId, cast(extract(year from m.meeting_date) as integer) as year,
			       count(*) as meetings
			from meeting m
			where m.trajectory_id in (?1) and not m.cancelled and m.meeting_date + m.start_time <= ?2
			group by m.trajectory_id, year""", nativeQuery = true)
	List<HeldPerYear> countHeldPerYear(Collection<Long> trajectoryIds, LocalDateTime now);

	interface HeldPerYear {

		long getTrajectoryId();

		int getYear();

		long getMeetings();

	}

}
