package nl.nvp.goedegesprek.meeting.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.nvp.goedegesprek.meeting.ParticipantRole;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

	@Query("select r from Registration r where r.meeting.id = ?1 and lower(r.email) = lower(?2) and r.status <> nl.nvp.goedegesprek.meeting.registration.RegistrationStatus.CANCELLED")
	Optional<Registration> findActive(long meetingId, String email);

	/**
	 * Confirmed registrations that have had no reminder, of meetings that start after
	 * {@code now} (their date and start time read in {@code zone}, Dutch time) and no
	 * later than {@code until}; locked so that no other transaction reminds them at the
	 * same time. A meeting that has started or ended is never due.
	 */
	@Query(value = """
			select r.* from registration r join meeting m on m.id = r.meeting_id
			where r.status = 'CONFIRMED' and r.reminder_sent_at is null and not m.cancelled
			and m.meeting_date <= ?2 and (m.meeting_date + m.start_time) at time zone ?3 > ?1
			order by r.id for update of r skip locked""", nativeQuery = true)
	List<Registration> findDueForReminder(Instant now, LocalDate until, String zone);

	@Query("select r from Registration r left join fetch r.table where r.meeting.id = ?1 and r.status = nl.nvp.goedegesprek.meeting.registration.RegistrationStatus.CONFIRMED order by r.name, r.id")
	List<Registration> findConfirmedWithTables(long meetingId);

	/** After a meeting moves, everyone gets a reminder for the new date. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Registration r set r.reminderSentAt = null where r.meeting.id = ?1")
	void forgetReminders(long meetingId);

	long countByMeetingIdAndStatus(long meetingId, RegistrationStatus status);

	long countByMeetingIdAndStatusAndRole(long meetingId, RegistrationStatus status, ParticipantRole role);

	/** The waitlist in its order: who confirmed their e-mail first, goes first. */
	@Query("select r from Registration r where r.meeting.id = ?1 and r.status = nl.nvp.goedegesprek.meeting.registration.RegistrationStatus.WAITLISTED order by r.statusChangedAt, r.id")
	List<Registration> findWaitlist(long meetingId);

	@Query("select r from Registration r where r.meeting.id = ?1 and r.status <> nl.nvp.goedegesprek.meeting.registration.RegistrationStatus.CANCELLED order by r.name, r.id")
	List<Registration> findActiveByMeeting(long meetingId);

	@Query("""
			select new nl.nvp.goedegesprek.meeting.registration.RegistrationRepository$Count(r.meeting.id, r.role, r.status, count(r))
			from Registration r where r.meeting.id in ?1 group by r.meeting.id, r.role, r.status""")
	List<Count> countByMeetings(Collection<Long> meetingIds);

	/** {@link #countByMeetings} for all meetings of one trajectory. */
	@Query("""
			select new nl.nvp.goedegesprek.meeting.registration.RegistrationRepository$Count(r.meeting.id, r.role, r.status, count(r))
			from Registration r where r.meeting.trajectoryId = ?1 group by r.meeting.id, r.role, r.status""")
	List<Count> countByTrajectory(long trajectoryId);

	/**
	 * {@link #countByMeetings}, the meetings' ids as one parameter
	 * ({@link nl.nvp.goedegesprek.shared.IdArray}).
	 */
	default List<Count> countByMeetingsIn(String meetingIdArray) {
		return countRowsByMeetingsIn(meetingIdArray).stream()
			.map((row) -> new Count(((Number) row[0]).longValue(), ParticipantRole.valueOf((String) row[1]),
					RegistrationStatus.valueOf((String) row[2]), ((Number) row[3]).longValue()))
			.toList();
	}

	/** Meeting id, role, status (their names) and count. */
	@Query(value = """
			select r.meeting_id, r.role, r.status, count(r.id) from registration r
			where r.meeting_id = any(cast(?1 as bigint[])) group by r.meeting_id, r.role, r.status""",
			nativeQuery = true)
	List<Object[]> countRowsByMeetingsIn(String meetingIdArray);

	record Count(long meetingId, ParticipantRole role, RegistrationStatus status, long count) {
	}

	/**
	 * Locks the registration's row until the transaction ends, so that links to it are
	 * issued one at a time.
	 */
	@Query(value = "select id from registration where id = ?1 for update", nativeQuery = true)
	Optional<Long> lockById(long id);

	/** The meeting of a registration, without loading it (to lock the meeting first). */
	@Query(value = "select meeting_id from registration where id = ?1", nativeQuery = true)
	Optional<Long> findMeetingIdOf(long id);

	/**
	 * The participants of the meetings of these trajectories that took place (as
	 * {@code MeetingRepository.countHeldPerYear}), per trajectory, year and role: the
	 * registrations with a place, and at a meeting where someone was checked in only
	 * those checked in.
	 */
	@Query(value = """
			select m.trajectory_id as trajectoryId, cast(extract(year from m.meeting_date) as integer) as year,
			       r.role as role, count(*) as participants
			from meeting m join registration r on r.meeting_id = m.id
			where m.trajectory_id in (?1) and not m.cancelled and m.meeting_date + m.start_time <= ?2
			  and r.status = 'CONFIRMED'
			  and (r.checked_in_at is not null or not exists (
			        select 1 from registration c where c.meeting_id = m.id and c.checked_in_at is not null))
			group by m.trajectory_id, year, r.role""", nativeQuery = true)
	List<ParticipantsPerYear> countParticipantsPerYear(Collection<Long> trajectoryIds, LocalDateTime now);

	interface ParticipantsPerYear {

		long getTrajectoryId();

		int getYear();

		String getRole();

		long getParticipants();

	}

}
