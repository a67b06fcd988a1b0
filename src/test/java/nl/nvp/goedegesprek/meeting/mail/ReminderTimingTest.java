package nl.nvp.goedegesprek.meeting.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reminder is for a meeting still to come: once it has started (Dutch time), nobody is
 * reminded of it any more.
 */
@IntegrationTest
class ReminderTimingTest {

	@Autowired
	private MeetingReminders reminders;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	private boolean reminded(long registration) {
		return this.jdbc.sql("select reminder_sent_at is not null from registration where id = ?")
			.param(registration)
			.query(Boolean.class)
			.single();
	}

	@Test
	void nobodyIsRemindedOfAMeetingThatHasStartedOrEnded() {
		LocalDate day = TestClock.today().plusDays(10);
		long trajectory = this.trajectories.create("JZ32", "Herinnering op tijd");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Herinnering op tijd", 10, Map.of(), day);
		long during = this.meetings.confirmed(meeting.id(), "Tijdens", ParticipantRole.FOSTER_PARENT);

		this.clock.set(LocalDateTime.of(day, LocalTime.of(13, 31)));
		this.reminders.sendDue();
		assertThat(reminded(during)).isFalse();
		this.clock.set(LocalDateTime.of(day, LocalTime.of(17, 30)));
		this.reminders.sendDue();
		assertThat(reminded(during)).isFalse();

		long before = this.meetings.confirmed(meeting.id(), "Ervoor", ParticipantRole.FOSTER_PARENT);
		this.clock.set(LocalDateTime.of(day, LocalTime.of(9, 0)));
		this.reminders.sendDue();
		assertThat(reminded(before)).isTrue();
	}

	/**
	 * A reminder held up (a mail outage, say) until the meeting has begun is not sent
	 * when the mail server answers again: checked at sending time.
	 */
	@Test
	void aReminderHeldUpUntilTheMeetingHasBegunIsDropped() throws Exception {
		LocalDate day = TestClock.today().plusDays(10);
		long trajectory = this.trajectories.create("JZ32", "Herinnering te laat");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Herinnering te laat", 10, Map.of(), day);
		long late = this.meetings.confirmed(meeting.id(), "Laat", ParticipantRole.FOSTER_PARENT);
		this.clock.set(LocalDateTime.of(day, LocalTime.of(14, 0)));
		long mail = this.jdbc
			.sql("insert into mail_outbox (kind, subject_id) values ('registration.REMINDER', ?) returning id")
			.param(late)
			.query(Long.class)
			.single();
		Instant deadline = Instant.now().plusSeconds(20);
		String outcome = null;
		while (outcome == null && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			outcome = this.jdbc.sql("select outcome from mail_outbox where id = ?")
				.param(mail)
				.query(String.class)
				.optional()
				.orElse(null);
		}
		assertThat(outcome).isEqualTo("dropped");
	}

}
