package nl.nvp.goedegesprek.project.placement;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.TestClock;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dialogue sessions of a national project and confirmed sign-ups with the times and ways
 * they can take part, for the grouping tests.
 */
@TestComponent
public class PlacementFixtures {

	private final MeetingFixtures meetings;

	private final JdbcClient jdbc;

	PlacementFixtures(MeetingFixtures meetings, JdbcClient jdbc) {
		this.meetings = meetings;
		this.jdbc = jdbc;
	}

	/** The first such weekday at least two weeks from today. */
	public static LocalDate next(DayOfWeek day) {
		return TestClock.today().plusWeeks(2).with(TemporalAdjusters.nextOrSame(day));
	}

	/**
	 * A dialogue session of the project on that day at that time (19:30 is an evening),
	 * online or at an address, with these places and quotas.
	 */
	public long dialogue(long projectId, String title, LocalDate date, LocalTime start, boolean online, int capacity,
			Map<ParticipantRole, Integer> quotas) {
		long id = this.meetings.create(projectId, title, capacity, quotas, date).id();
		this.jdbc.sql("""
				update meeting set type = 'DIALOGUE_SESSION', start_time = ?, end_time = ?,
				  online = ?, online_link = case when ? then 'https://meet.test.example/dialoog' end
				where id = ?""").params(start, start.plusHours(2), online, online, id).update();
		return id;
	}

	/**
	 * A confirmed sign-up who can come on these weekdays in the evening, in this way,
	 * with this case hash (null for none); returns its id.
	 */
	public long signUp(long projectId, String name, String email, ParticipantRole role, String mode, String caseHash,
			DayOfWeek... evenings) {
		long id = this.jdbc.sql("""
				insert into project_sign_up (trajectory_id, name, email, role, region_code, organisation, mode, status,
				  privacy_version, language, created_at, confirmed_at, case_hash, needs_interpreter)
				values (?, ?, ?, ?, 'JZ32', ?, ?, 'CONFIRMED', '2026-12-4', 'nl', now(), ?, ?, ?)
				returning id""")
			.params(projectId, name, email, role.name(), role.isProfessional() ? "Pleegzorg Oost" : null, mode,
					Timestamp.from(Instant.now()), caseHash, role == ParticipantRole.PARENT)
			.query(Long.class)
			.single();
		for (DayOfWeek day : evenings) {
			this.jdbc.sql("insert into project_sign_up_week_part (sign_up_id, weekday, part) values (?, ?, 'EVENING')")
				.params(id, day.getValue())
				.update();
		}
		return id;
	}

}
