package nl.nvp.goedegesprek.meeting.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RegistrationCapacityTest {

	@Autowired
	private Registrations registrations;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Test
	void confirmedRegistrationsNeverExceedCapacityUnderConcurrentConfirmations() throws Exception {
		long trajectory = this.trajectories.create("JZ32", "Druk bezocht");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Twintig plaatsen", 20, Map.of());
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			tokens.add(this.meetings.pending(meeting.id(), "Deelnemer " + i, ParticipantRole.FOSTER_PARENT));
		}
		List<Callable<RegistrationStatus>> confirmations = tokens.stream()
			.<Callable<RegistrationStatus>>map((token) -> () -> this.registrations.confirm(token))
			.toList();
		List<RegistrationStatus> outcomes = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			for (Future<RegistrationStatus> outcome : pool.invokeAll(confirmations)) {
				outcomes.add(outcome.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(outcomes).hasSize(120);
		assertThat(outcomes.stream().filter((status) -> status == RegistrationStatus.CONFIRMED)).hasSize(20);
		assertThat(outcomes.stream().filter((status) -> status == RegistrationStatus.WAITLISTED)).hasSize(100);
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.CONFIRMED)).isEqualTo(20);
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.WAITLISTED)).isEqualTo(100);
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.PENDING)).isZero();

		// Confirming again changes nothing; cancelling a place moves exactly one person
		// up.
		assertThat(this.registrations.confirm(tokens.get(0))).isIn(RegistrationStatus.CONFIRMED,
				RegistrationStatus.WAITLISTED);
		String withPlace = tokens.stream()
			.filter((token) -> this.registrations.personal(token).status() == RegistrationStatus.CONFIRMED)
			.findFirst()
			.orElseThrow();
		this.registrations.cancel(withPlace);
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.CONFIRMED)).isEqualTo(20);
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.WAITLISTED)).isEqualTo(99);
	}

	@Test
	void roleQuotaSendsTheRestOfThatRoleToTheWaitlistAndLeavesRoomForOthers() {
		long trajectory = this.trajectories.create("JZ32", "In balans");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Quotum", 10,
				Map.of(ParticipantRole.FOSTER_CARE_WORKER, 2));
		List<RegistrationStatus> workers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			workers.add(this.registrations
				.confirm(this.meetings.pending(meeting.id(), "Begeleider " + i, ParticipantRole.FOSTER_CARE_WORKER)));
		}
		assertThat(workers).containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED,
				RegistrationStatus.WAITLISTED, RegistrationStatus.WAITLISTED);
		assertThat(this.registrations.confirm(this.meetings.pending(meeting.id(), "Ouder", ParticipantRole.PARENT)))
			.isEqualTo(RegistrationStatus.CONFIRMED);
	}

}
