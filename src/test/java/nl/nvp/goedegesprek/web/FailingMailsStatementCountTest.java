package nl.nvp.goedegesprek.web;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failing mails page reads the addresses of all its mails at once, per module: more
 * mails on the page, from more meetings, cost no more statements.
 */
@IntegrationTest
class FailingMailsStatementCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Test
	void moreFailingMailsCostNoMoreStatements() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long trajectory = this.trajectories.create("JZ26", "Tellen");
		failing(trajectory, 1);
		long one = new SqlStatements(this.entityManagerFactory).forPage(this.mvc, "/beheer/mails", national);
		failing(trajectory, 6);
		long seven = new SqlStatements(this.entityManagerFactory).forPage(this.mvc, "/beheer/mails", national);
		assertThat(seven).isEqualTo(one);
		this.jdbc.update("delete from mail_outbox where last_error = 'Telling'");
	}

	private void failing(long trajectory, int count) {
		for (int i = 0; i < count; i++) {
			MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Tellen " + i, 20, Map.of());
			long registration = this.meetings.confirmed(meeting.id(), "Deelnemer " + i, ParticipantRole.FOSTER_PARENT);
			this.jdbc.update("""
					insert into mail_outbox (kind, subject_id, attempts, next_attempt_at, last_attempt_at, last_error)
					values ('registration.REMINDER', ?, 6, now() + interval '1 day', now(), 'Telling')""",
					registration);
		}
	}

}
