package nl.nvp.goedegesprek.actionplan.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request for an action owner's link is stored with the action's id only: the link is
 * made when the mail goes out, a mail that failed is tried again with a fresh link (the
 * one never delivered stops working), and nothing stays behind once the mail is sent.
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
	private IncompleteEventPublications incomplete;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aRefusedMailIsTriedAgainWithAFreshLinkAndNothingStaysBehind() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ31");
		long trajectory = this.trajectories.createRunning("JZ31", "Opnieuw proberen", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		String contact = "eigenaar-" + UUID.randomUUID() + "@gemeente.example";
		long action = this.actionPlan.actionWithContact(trajectory, coordinator, topic, "Buddy voor pleegouders",
				LocalDate.now().plusMonths(3), contact);
		// An address the mail server cannot take.
		this.jdbc.update("update improvement_action set contact_email = 'kapot@@adres.example' where id = ?", action);

		this.ownerLinks.sendOwnerLink(trajectory, action, coordinator);

		// The request waits in the registry, holding the action's id and nothing else.
		String waiting = await(() -> this.jdbc.query("""
				select serialized_event from event_publication
				where listener_id like '%ActionOwnerMails.on(%OwnerLinkRequested)' and status = 'FAILED'
				  and serialized_event = ?""", (rs) -> rs.next() ? rs.getString(1) : null,
				"{\"actionId\":" + action + "}"));
		assertThat(waiting).isEqualTo("{\"actionId\":" + action + "}");
		String undelivered = ownerLinkHash(action);
		assertThat(undelivered).isNotNull();

		// Once the address is right, the retry mails a fresh link; the first never works.
		this.jdbc.update("update improvement_action set contact_email = ? where id = ?", contact, action);
		this.incomplete.resubmitIncompletePublications(
				(publication) -> publication.getEvent() instanceof OwnerLinkRequested request
						&& request.actionId() == action);
		Matcher link = LINK.matcher(Mailbox.text(this.mailbox.latest(contact, 1)));
		assertThat(link.find()).isTrue();
		assertThat(SecretToken.sha256(link.group(1))).isEqualTo(ownerLinkHash(action)).isNotEqualTo(undelivered);
		assertThat(this.ownerLinks.ownerView(link.group(1)).action().getId()).isEqualTo(action);

		// Sent, so removed (not kept as completed).
		this.actionPlan.awaitEvents();
		assertThat(this.jdbc.queryForObject("select count(*) from event_publication where serialized_event = ?",
				Long.class, "{\"actionId\":" + action + "}"))
			.isZero();
	}

	private String ownerLinkHash(long action) {
		return this.jdbc.queryForObject("select owner_link_hash from improvement_action where id = ?", String.class,
				action);
	}

	private static <T> T await(Supplier<T> condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		T value = condition.get();
		while (value == null && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			value = condition.get();
		}
		return value;
	}

}
