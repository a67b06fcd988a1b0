package nl.nvp.goedegesprek.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's time and place and who came, for a module that records attendance without
 * an account (a national project's facilitator, through their link). Only first names and
 * roles leave this module; the caller checks who may see the meeting.
 */
@Service
public class MeetingAttendance {

	private final JdbcClient jdbc;

	private final Clock clock;

	MeetingAttendance(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** When and where a meeting is; empty for an unknown meeting. */
	@Transactional(readOnly = true)
	public Optional<Session> session(long meetingId) {
		return this.jdbc.sql("""
				select id, trajectory_id, title, meeting_date, start_time, end_time, online, address, cancelled,
				  type = 'DIALOGUE_SESSION' as dialogue_session
				from meeting where id = ?""").param(meetingId).query(MeetingAttendance::session).optional();
	}

	/**
	 * The meeting's registrations with a place, by first name: role and whether they were
	 * there (checked in).
	 */
	@Transactional(readOnly = true)
	public List<Attendee> confirmed(long meetingId) {
		return this.jdbc.sql("""
				select id, name, role, checked_in_at from registration
				where meeting_id = ? and status = 'CONFIRMED' order by lower(name), id""")
			.param(meetingId)
			.query((rs, n) -> new Attendee(rs.getLong("id"), firstName(rs.getString("name")),
					ParticipantRole.valueOf(rs.getString("role")), rs.getTimestamp("checked_in_at") != null))
			.list();
	}

	/**
	 * Per meeting, how many with a place were marked present (none: attendance not
	 * recorded yet): one statement.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> presentCounts(Collection<Long> meetingIds) {
		if (meetingIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select meeting_id, count(*) as present from registration
				where meeting_id in (:ids) and status = 'CONFIRMED' and checked_in_at is not null
				group by meeting_id""")
			.param("ids", meetingIds)
			.query((rs, n) -> Map.entry(rs.getLong("meeting_id"), rs.getLong("present")))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	/**
	 * Marks a registration with a place at this meeting present or absent, one request at
	 * a time per registration (the same form sent twice changes nothing more); false when
	 * it has no place at this meeting.
	 */
	@Transactional
	public boolean markPresent(long meetingId, long registrationId, boolean present) {
		boolean hasPlace = this.jdbc.sql("select status from registration where id = ? and meeting_id = ? for update")
			.params(registrationId, meetingId)
			.query(String.class)
			.optional()
			.filter("CONFIRMED"::equals)
			.isPresent();
		if (!hasPlace) {
			return false;
		}
		this.jdbc.sql("""
				update registration set checked_in_at = case when :present then coalesce(checked_in_at, :now) end
				where id = :id""")
			.param("present", present)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", registrationId)
			.update();
		return true;
	}

	private static Session session(ResultSet rs, int row) throws SQLException {
		return new Session(rs.getLong("id"), rs.getLong("trajectory_id"), rs.getString("title"),
				rs.getObject("meeting_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
				rs.getObject("end_time", LocalTime.class), rs.getBoolean("online"), rs.getString("address"),
				rs.getBoolean("cancelled"), rs.getBoolean("dialogue_session"));
	}

	private static String firstName(String name) {
		String trimmed = name.strip();
		int space = trimmed.indexOf(' ');
		return (space < 0) ? trimmed : trimmed.substring(0, space);
	}

	/**
	 * When and where a meeting is (an address, or online); {@code dialogueSession}:
	 * whether it is a dialogue of a national project (not, say, its kick-off).
	 */
	public record Session(long id, long trajectoryId, String title, LocalDate date, LocalTime startTime,
			LocalTime endTime, boolean online, String address, boolean cancelled, boolean dialogueSession) {
	}

	/** Someone with a place: first name and role only, and whether they came. */
	public record Attendee(long registrationId, String firstName, ParticipantRole role, boolean present) {
	}

}
