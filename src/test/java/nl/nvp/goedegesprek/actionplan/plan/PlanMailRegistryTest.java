package nl.nvp.goedegesprek.actionplan.plan;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review invitation goes through the event publication registry: it is stored with
 * the version that was sent, holding ids only, and removed once the mails went out.
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

	@Autowired
	private TransactionTemplate transactions;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	void theInvitationIsStoredWithIdsOnlyAndRemovedOnceSent() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ27");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ27");
		long trajectory = this.trajectories.createRunning("JZ27", "Register", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		this.actionPlan.action(trajectory, coordinator, topic, "Actie", null);
		Instant before = Instant.now();
		this.actionPlan.submitPlan(trajectory, coordinator);
		this.mailbox.await(policymaker.getUsername(), 1);
		assertThat(Mailbox.text(this.mailbox.latest(policymaker.getUsername(), 1))).contains("Register");
		this.actionPlan.awaitEvents();
		// Neither waiting nor completed: a completed publication is deleted.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type like '%PlanSubmittedForReview' and publication_date >= ?""", Long.class,
				Timestamp.from(before.minusSeconds(1))))
			.isZero();
	}

	@Test
	void whatIsStoredIsTheTrajectoryAndTheVersionNumber() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ17");
		long trajectory = this.trajectories.createRunning("JZ17", "Alleen nummers", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		this.actionPlan.action(trajectory, coordinator, topic, "Actie", null);
		// Read in the transaction that sends the plan, before the listener runs.
		String stored = this.transactions.execute((status) -> {
			this.actionPlan.submitPlan(trajectory, coordinator);
			this.entityManager.flush();
			return this.jdbc.queryForObject(
					"""
							select serialized_event from event_publication
							where listener_id like '%PlanReviewMails.on(%PlanSubmittedForReview)' and serialized_event like ?""",
					String.class, "%\"trajectoryId\":" + trajectory + ",%");
		});
		assertThat(stored).isEqualTo("{\"trajectoryId\":" + trajectory + ",\"number\":1}");
	}

}
