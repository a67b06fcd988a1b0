package nl.nvp.goedegesprek.actionplan.plan;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review invitation goes through the event publication registry: it is stored with
 * the version that was sent, and completed once the mails went out.
 */
@IntegrationTest
class PlanMailRegistryTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theInvitationIsStoredAndCompletedOnceSent() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ27");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ27");
		long trajectory = this.trajectories.createRunning("JZ27", "Register", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		this.actionPlan.action(trajectory, coordinator, topic, "Actie", null);
		Instant before = Instant.now();
		this.actionPlan.submitPlan(trajectory, coordinator);
		this.mailbox.await(policymaker.getUsername(), 1);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		Long incomplete;
		do {
			incomplete = this.jdbc.queryForObject(
					"""
							select count(*) from event_publication
							where event_type like '%PlanSubmittedForReview' and publication_date >= ? and completion_date is null
							""",
					Long.class, Timestamp.from(before.minusSeconds(1)));
			if (incomplete == 0) {
				break;
			}
			Thread.sleep(100);
		}
		while (Instant.now().isBefore(deadline));
		assertThat(incomplete).isZero();
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from event_publication
						where event_type like '%PlanSubmittedForReview' and publication_date >= ? and completion_date is not null
						""",
				Long.class, Timestamp.from(before.minusSeconds(1))))
			.isPositive();
	}

}
