package nl.nvp.goedegesprek.meeting.registration;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import nl.nvp.goedegesprek.meeting.planning.Meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A meeting's schedule as it was before each move, kept under the calendar sequence the
 * move raised to. The mail outbox holds ids only; a mail that the meeting moved finds
 * here, when it is sent, what to tell as "was".
 */
@Component
public class MeetingScheduleChanges {

	private final JdbcClient jdbc;

	MeetingScheduleChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the schedule before the move that raised the meeting to its sequence. */
	void record(Meeting meeting, Meeting.Schedule before) {
		this.jdbc.sql("""
				insert into meeting_schedule_change
				    (meeting_id, sequence, meeting_date, start_time, end_time, online, address, online_link)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (meeting_id, sequence) do nothing""")
			.params(meeting.getId(), meeting.getCalendarSequence(), before.date(), before.startTime(), before.endTime(),
					before.online(), before.address(), before.onlineLink())
			.update();
	}

	/** The schedule before the move to this sequence, if it was kept. */
	public Optional<Meeting.Schedule> before(long meetingId, int sequence) {
		return this.jdbc.sql("""
				select meeting_date, start_time, end_time, online, address, online_link
				from meeting_schedule_change where meeting_id = ? and sequence = ?""")
			.params(meetingId, sequence)
			.query((rs, row) -> new Meeting.Schedule(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalTime.class),
					rs.getObject(3, LocalTime.class), rs.getBoolean(4), rs.getString(5), rs.getString(6)))
			.optional();
	}

}
