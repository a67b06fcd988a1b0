package nl.nvp.goedegesprek.actionplan.followup;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.MailOutage;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action owner's link is made in the coordinator's request and its mail queued in the
 * outbox with the action's id and the sealed token: a mail the server refuses stays
 * queued (with the error, never the address) and is sent once it can be, with that link;
 * nothing stays behind once it is sent.
 */
@IntegrationTest
class OwnerLinkMailTest {

	private static final Pattern LINK = Pattern.compile("/voortgang/([A-Za-z0-9_-]+)");

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private OwnerLinks ownerLinks;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void aRefusedMailStaysQueuedAndIsSentOnceItCanBe() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ31");
		long trajectory = this.trajectories.createRunning("JZ31", "Opnieuw proberen", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		String contact = "eigenaar-" + UUID.randomUUID() + "@gemeente.example";
		long action = this.actionPlan.actionWithContact(trajectory, coordinator, topic, "Buddy voor pleegouders",
				TestClock.today().plusMonths(3), contact);
		// An address the mail server cannot take.
		this.jdbc.update("update improvement_action set contact_email = 'kapot@@adres.example' where id = ?", action);

		this.ownerLinks.sendOwnerLink(trajectory, action, coordinator);

		// The mail waits in the outbox with the action's id, an error without the
		// address,
		// and the link's token sealed.
		Map<String, Object> waiting = MailOutage.await(
				() -> this.jdbc
					.query("""
							select attempts, last_error, sealed_token, outcome from mail_outbox
							where kind = 'action-owner-mail.LINK' and subject_id = ? and last_error is not null""",
							(rs) -> rs.next() ? Map.<String, Object>of("attempts", rs.getInt(1), "error",
									rs.getString(2), "sealed", rs.getBytes(3) != null, "open", rs.getString(4) == null)
									: null,
							action));
		assertThat(waiting).isNotNull().containsEntry("sealed", true).containsEntry("open", true);
		assertThat((String) waiting.get("error")).doesNotContain("kapot").doesNotContain("adres.example");
		String hash = ownerLinkHash(action);
		assertThat(hash).isNotNull();

		// Once the address is right, the next try sends the link made with the request.
		this.jdbc.update("update improvement_action set contact_email = ? where id = ?", contact, action);
		Matcher link = LINK.matcher(Mailbox.text(this.mailbox.latest(contact, 1)));
		assertThat(link.find()).isTrue();
		assertThat(SecretToken.sha256(link.group(1))).isEqualTo(ownerLinkHash(action)).isEqualTo(hash);
		assertThat(this.ownerLinks.ownerView(link.group(1)).action().getId()).isEqualTo(action);

		// Sent: the token is gone from the outbox.
		String outcome = MailOutage.await(() -> this.jdbc.query("""
				select outcome from mail_outbox where kind = 'action-owner-mail.LINK' and subject_id = ?
				  and outcome = 'sent' and sealed_token is null""", (rs) -> rs.next() ? rs.getString(1) : null,
				action));
		assertThat(outcome).isEqualTo("sent");
		Thread.sleep(500);
		assertThat(this.mailbox.to(contact)).hasSize(1);
	}

	/**
	 * Issue 11: the mail is written in the same transaction as the change that causes it,
	 * so a change that rolls back queues nothing and nothing is sent.
	 */
	@Test
	void aRolledBackRequestQueuesNoMail() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ31");
		long trajectory = this.trajectories.createRunning("JZ31", "Teruggedraaid", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		String contact = "eigenaar-" + UUID.randomUUID() + "@gemeente.example";
		long action = this.actionPlan.actionWithContact(trajectory, coordinator, topic, "Buddy voor pleegouders",
				TestClock.today().plusMonths(3), contact);

		Boolean asked = new TransactionTemplate(this.transactions).execute((status) -> {
			boolean requested = this.ownerLinks.sendOwnerLink(trajectory, action, coordinator);
			// Inside the transaction the mail is queued...
			assertThat(outboxRows(action)).isEqualTo(1);
			status.setRollbackOnly();
			return requested;
		});
		assertThat(asked).isTrue();

		// ...and after the rollback there is no row, no link and no mail.
		assertThat(outboxRows(action)).isZero();
		assertThat(ownerLinkHash(action)).isNull();
		Thread.sleep(1000);
		assertThat(this.mailbox.to(contact)).isEmpty();
	}

	private long outboxRows(long action) {
		return this.jdbc.queryForObject(
				"select count(*) from mail_outbox where kind like 'action-owner-mail.%' and subject_id = ?", Long.class,
				action);
	}

	private String ownerLinkHash(long action) {
		return this.jdbc.queryForObject("select owner_link_hash from improvement_action where id = ?", String.class,
				action);
	}

}
