package nl.nvp.goedegesprek.meeting.mail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MeetingReminderTest {

	@Autowired
	private MeetingReminders reminders;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private GreenMail greenMail;

	private long reminders(String title) throws InterruptedException {
		return Arrays.stream(this.greenMail.getReceivedMessages())
			.filter((message) -> ("Binnenkort: " + title).equals(Mailbox.subject(message)))
			.count();
	}

	private long awaitReminders(String title, long expected) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		long count = reminders(title);
		while (count < expected && System.currentTimeMillis() < deadline) {
			this.greenMail.waitForIncomingEmail(200, 1);
			count = reminders(title);
		}
		return count;
	}

	@Test
	void everyoneWithAPlaceGetsExactlyOneReminderEvenWhenTwoInstancesRunTheJobAtOnce() throws Exception {
		long trajectory = this.trajectories.create("JZ32", "Herinneringen");
		MeetingFixtures.Created soon = this.meetings.create(trajectory, "Overmorgen bijeenkomst", 3, Map.of(),
				TestClock.today().plusDays(1));
		MeetingFixtures.Created later = this.meetings.create(trajectory, "Volgende maand bijeenkomst", 3, Map.of(),
				TestClock.today().plusDays(20));
		for (String name : List.of("Anna", "Bas", "Cor")) {
			this.meetings.confirmed(soon.id(), name, ParticipantRole.FOSTER_PARENT);
		}
		this.meetings.pending(soon.id(), "Dirk", ParticipantRole.FOSTER_PARENT);
		this.meetings.confirmed(later.id(), "Eva", ParticipantRole.PARENT);

		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			Callable<Void> run = () -> {
				this.reminders.sendDue();
				return null;
			};
			for (var done : instances.invokeAll(List.of(run, run))) {
				done.get();
			}
		}
		finally {
			instances.shutdown();
		}
		assertThat(awaitReminders("Overmorgen bijeenkomst", 3)).isEqualTo(3);
		this.reminders.sendDue();
		Thread.sleep(500);
		assertThat(reminders("Overmorgen bijeenkomst")).isEqualTo(3);
		assertThat(reminders("Volgende maand bijeenkomst")).isZero();
		var reminder = Arrays.stream(this.greenMail.getReceivedMessages())
			.filter((message) -> Mailbox.subject(message).equals("Binnenkort: Overmorgen bijeenkomst"))
			.findFirst()
			.orElseThrow();
		assertThat(Mailbox.text(reminder)).contains("BEGIN:VCALENDAR").contains("/aanmelding/");
	}

}
