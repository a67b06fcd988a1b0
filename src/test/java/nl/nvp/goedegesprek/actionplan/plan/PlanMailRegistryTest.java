package nl.nvp.goedegesprek.actionplan.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.MailOutage;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review invitation goes through the mail outbox: queued in the transaction that
 * sends the version, holding ids only (trajectory, version number, account), marked sent
 * once it went out; and not sent at all when the version was replaced before the mail
 * server could take it.
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

	@Autowired
	private JavaMailSender mailSender;

	@Autowired
	private PlanVersions versions;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	void theInvitationIsQueuedWithIdsOnlyAndMarkedSent() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ27");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ27");
		long trajectory = this.trajectories.createRunning("JZ27", "Register", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		this.actionPlan.action(trajectory, coordinator, topic, "Actie", null);
		// Read in the transaction that sends the plan, before the sender can see it.
		// Other
		// tests may leave policymakers in the region: each gets their own row.
		Map<String, Object> queued = this.transactions.execute((status) -> {
			this.actionPlan.submitPlan(trajectory, coordinator);
			this.entityManager.flush();
			return this.jdbc.queryForMap("""
					select kind, detail, account_id, sealed_token, outcome from mail_outbox
					where kind = 'plan-review' and subject_id = ? and account_id = ?""", trajectory, policymaker.id());
		});
		assertThat(queued).containsEntry("kind", "plan-review")
			.containsEntry("detail", 1)
			.containsEntry("account_id", policymaker.id())
			.containsEntry("sealed_token", null)
			.containsEntry("outcome", null);
		assertThat(Mailbox.text(this.mailbox.latest(policymaker.getUsername(), 1))).contains("Register");
		assertThat(awaitOutcome(trajectory, 1)).isEqualTo("sent");
	}

	@Test
	void anInvitationToAVersionReplacedWhileTheMailServerWasDownIsNotSent() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ17");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ17");
		long trajectory = this.trajectories.createRunning("JZ17", "Vervangen versie", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		this.actionPlan.action(trajectory, coordinator, topic, "Actie", null);
		try (MailOutage outage = MailOutage.begin(this.mailSender)) {
			this.actionPlan.submitPlan(trajectory, coordinator);
			// Something changed, so sending again makes version 2 (an unchanged plan is
			// not
			// sent again).
			this.actionPlan.action(trajectory, coordinator, topic, "Tweede actie", null);
			this.actionPlan.submitPlan(trajectory, coordinator);
			GreenMail back = outage.start();
			assertThat(awaitOutcome(trajectory, 2)).isEqualTo("sent");
			assertThat(awaitOutcome(trajectory, 1)).isEqualTo("dropped");
			Thread.sleep(500);
			MimeMessage[] received = Arrays.stream(back.getReceivedMessages())
				.filter((message) -> Mailbox.text(message).contains("Vervangen versie"))
				.toArray(MimeMessage[]::new);
			assertThat(received).hasSize(1);
			assertThat(Mailbox.text(received[0])).contains("versie 2");
		}
	}

	/**
	 * Issue 12: a review mail whose first send failed was sent by its retry although the
	 * version had been adopted in the meantime. The retry looks again at sending time.
	 */
	@Test
	void aReviewMailWhoseFirstSendFailedIsNotSentOnceTheVersionIsAdopted() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ17");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ17");
		long trajectory = this.trajectories.createRunning("JZ17", "Al vastgestelde versie", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		this.actionPlan.action(trajectory, coordinator, topic, "Actie", null);
		try (MailOutage outage = MailOutage.begin(this.mailSender)) {
			long version = this.actionPlan.submitPlan(trajectory, coordinator);
			// The first send failed; the mail waits for its retry.
			assertThat(awaitFailure(trajectory, 1)).isTrue();
			this.versions.adopt(trajectory, version, coordinator);
			GreenMail back = outage.start();
			assertThat(awaitOutcome(trajectory, 1)).isEqualTo("dropped");
			Thread.sleep(500);
			assertThat(Arrays.stream(back.getReceivedMessages())
				.filter((message) -> Mailbox.text(message).contains("Al vastgestelde versie"))).isEmpty();
			assertThat(this.mailbox.to(policymaker.getUsername())).isEmpty();
		}
	}

	private boolean awaitFailure(long trajectory, int number) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			Long failed = this.jdbc.queryForObject("""
					select count(*) from mail_outbox where kind = 'plan-review' and subject_id = ? and detail = ?
					and last_error is not null and outcome is null""", Long.class, trajectory, number);
			if (failed > 0) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private String awaitOutcome(long trajectory, int number) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		String outcome = null;
		while (outcome == null && Instant.now().isBefore(deadline)) {
			outcome = this.jdbc.queryForObject(
					"select max(outcome) from mail_outbox where kind = 'plan-review' and subject_id = ? and detail = ?",
					String.class, trajectory, number);
			Thread.sleep(50);
		}
		return outcome;
	}

}
