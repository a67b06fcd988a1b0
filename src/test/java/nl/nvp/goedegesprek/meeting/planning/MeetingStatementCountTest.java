package nl.nvp.goedegesprek.meeting.planning;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting list, the meeting page and the trajectory's page (its meetings card) cost
 * the same number of SQL statements however many meetings and registrations there are.
 */
@IntegrationTest
class MeetingStatementCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private long statementsFor(String path, AccountPrincipal user) {
		return new SqlStatements(this.entityManagerFactory).forPage(this.mvc, path, user);
	}

	@Test
	void meetingListAndPageCostTheSameWithFewOrManyMeetingsAndRegistrations() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ33");
		long trajectory = this.trajectories.createRunning("JZ33", "Veel bijeenkomsten", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Bijeenkomst", 100,
				Map.of(ParticipantRole.FOSTER_PARENT, 30));
		this.meetings.confirmed(meeting.id(), "Een", ParticipantRole.FOSTER_PARENT);
		long list = statementsFor("/bijeenkomsten", coordinator);
		long page = statementsFor("/bijeenkomsten/" + meeting.id(), coordinator);
		long checkIn = statementsFor("/bijeenkomsten/" + meeting.id() + "/inchecken", coordinator);
		long trajectoryPage = statementsFor("/trajecten/" + trajectory, coordinator);
		assertThat(list).isPositive();
		assertThat(page).isPositive();

		for (int i = 0; i < 8; i++) {
			MeetingFixtures.Created other = this.meetings.create(trajectory, "Bijeenkomst " + i, 50, Map.of());
			this.meetings.confirmed(other.id(), "Deelnemer " + i, ParticipantRole.PARENT);
		}
		for (int i = 0; i < 12; i++) {
			this.meetings.confirmed(meeting.id(), "Deelnemer " + i,
					ParticipantRole.values()[i % ParticipantRole.values().length]);
			this.meetings.pending(meeting.id(), "Wacht " + i, ParticipantRole.FOSTER_CHILD);
		}
		assertThat(statementsFor("/bijeenkomsten", coordinator)).isEqualTo(list);
		assertThat(statementsFor("/bijeenkomsten/" + meeting.id(), coordinator)).isEqualTo(page);
		assertThat(statementsFor("/bijeenkomsten/" + meeting.id() + "/inchecken", coordinator)).isEqualTo(checkIn);
		// The trajectory's page lists its meetings with their places taken.
		assertThat(statementsFor("/trajecten/" + trajectory, coordinator)).isEqualTo(trajectoryPage);
	}

}
