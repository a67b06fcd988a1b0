package nl.nvp.goedegesprek.actionplan;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event publications stored by earlier versions still reach their listeners: V20 renames
 * the classes they name after the listeners moved into sub-packages; V21 keeps ids only
 * (no raw link token, address or name) and purges completed publications; V27 moves the
 * mails still waiting to the mail outbox.
 */
@IntegrationTest
class EventPublicationMigrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private Mailbox mailbox;

	@Test
	void publicationsStoredUnderTheOldClassNamesPointAtTheMovedListeners() throws Exception {
		UUID owner = UUID.randomUUID();
		UUID review = UUID.randomUUID();
		insert(owner,
				"nl.nvp.goedegesprek.actionplan.ActionOwnerMails.on(nl.nvp.goedegesprek.actionplan.ActionOwnerMail)",
				"nl.nvp.goedegesprek.actionplan.ActionOwnerMail");
		insert(review,
				"nl.nvp.goedegesprek.actionplan.PlanReviewMails.on(nl.nvp.goedegesprek.actionplan.PlanSubmittedForReview)",
				"nl.nvp.goedegesprek.actionplan.PlanSubmittedForReview");
		try {
			ResourceDatabasePopulator migration = new ResourceDatabasePopulator(
					new ClassPathResource("db/migration/V20__event_publication_moved_classes.sql"));
			migration.setSeparator(ScriptUtils.EOF_STATEMENT_SEPARATOR);
			migration.execute(this.dataSource);

			assertThat(column(owner, "listener_id")).isEqualTo(
					"nl.nvp.goedegesprek.actionplan.followup.ActionOwnerMails.on(nl.nvp.goedegesprek.actionplan.followup.ActionOwnerMail)");
			assertThat(column(review, "listener_id")).isEqualTo(
					"nl.nvp.goedegesprek.actionplan.plan.PlanReviewMails.on(nl.nvp.goedegesprek.actionplan.plan.PlanSubmittedForReview)");
			assertThat(Class.forName(column(owner, "event_type"))).isNotNull();
			assertThat(Class.forName(column(review, "event_type"))).isNotNull();
			assertThat(Class.forName("nl.nvp.goedegesprek.actionplan.followup.ActionOwnerMails")).isNotNull();
			assertThat(Class.forName("nl.nvp.goedegesprek.actionplan.plan.PlanReviewMails")).isNotNull();
		}
		finally {
			this.jdbc.update("delete from event_publication where id in (?, ?)", owner, review);
		}
	}

	@Test
	void publicationsOfTheOldShapeKeepIdsOnlyAndStillReachTheirListeners() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ35");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ35");
		long trajectory = this.trajectories.createRunning("JZ35", "Oude registraties", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		String contact = "oud-" + UUID.randomUUID() + "@gemeente.example";
		long action = this.actionPlan.actionWithContact(trajectory, coordinator, topic, "Oude actie",
				TestClock.today().plusMonths(3), contact);
		// A version under review, whose invitation went out; a second waits in the
		// registry.
		this.actionPlan.submitPlan(trajectory, coordinator);
		this.mailbox.await(policymaker.getUsername(), 1);
		// The link of a mail that was still waiting, and one that a newer link replaced.
		SecretToken waitingToken = SecretToken.generate();
		SecretToken replacedToken = SecretToken.generate();
		this.jdbc.update("""
				update improvement_action set owner_link_hash = ?, owner_link_expires_at = now() + interval '120 days'
				where id = ?""", waitingToken.hash(), action);
		UUID waitingLink = UUID.randomUUID();
		UUID replacedLink = UUID.randomUUID();
		UUID waitingReview = UUID.randomUUID();
		UUID completed = UUID.randomUUID();
		UUID archived = UUID.randomUUID();
		String ownerListener = "nl.nvp.goedegesprek.actionplan.followup.ActionOwnerMails.on(nl.nvp.goedegesprek.actionplan.followup.ActionOwnerMail)";
		String ownerType = "nl.nvp.goedegesprek.actionplan.followup.ActionOwnerMail";
		String reviewListener = "nl.nvp.goedegesprek.actionplan.plan.PlanReviewMails.on(nl.nvp.goedegesprek.actionplan.plan.PlanSubmittedForReview)";
		String reviewType = "nl.nvp.goedegesprek.actionplan.plan.PlanSubmittedForReview";
		insert("event_publication", waitingLink, ownerListener, ownerType, ownerMail(contact, waitingToken), false);
		insert("event_publication", replacedLink, ownerListener, ownerType, ownerMail(contact, replacedToken), false);
		insert("event_publication", waitingReview, reviewListener, reviewType, """
				{"trajectoryId":%d,"trajectoryTitle":"Oude registraties","number":1,
				 "policymakers":[{"id":%d,"displayName":"Beleid","email":"%s"}]}""".formatted(trajectory,
				policymaker.id(), policymaker.getUsername()), false);
		insert("event_publication", completed, ownerListener, ownerType, ownerMail(contact, SecretToken.generate()),
				true);
		insert("event_publication_archive", archived, ownerListener, ownerType,
				ownerMail(contact, SecretToken.generate()), true);
		List<UUID> ids = List.of(waitingLink, replacedLink, waitingReview, completed, archived);
		try {
			migrate("db/migration/V21__event_publication_ids_only.sql");

			assertThat(this.jdbc.queryForMap(
					"select event_type, listener_id, serialized_event from event_publication where id = ?",
					waitingLink))
				.containsEntry("event_type", "nl.nvp.goedegesprek.actionplan.followup.OwnerLinkRequested")
				.containsEntry("listener_id",
						"nl.nvp.goedegesprek.actionplan.followup.ActionOwnerMails.on(nl.nvp.goedegesprek.actionplan.followup.OwnerLinkRequested)")
				.containsEntry("serialized_event", "{\"actionId\":" + action + "}");
			assertThat(column(waitingReview, "serialized_event"))
				.isEqualTo("{\"trajectoryId\":" + trajectory + ",\"number\":1}");
			assertThat(ids(ids, "event_publication")).containsExactlyInAnyOrder(waitingLink, waitingReview);
			assertThat(ids(ids, "event_publication_archive")).isEmpty();

			// V27 moves what still waits to the mail outbox, where the owner gets a fresh
			// link (the one never delivered stops working) and the policymaker the
			// invitation; the registry keeps nothing of them.
			convertToOutbox();
			assertThat(ids(ids, "event_publication")).isEmpty();
			assertThat(this.jdbc.queryForObject(
					"select count(*) from mail_outbox where kind = 'action-owner-mail.LINK' and subject_id = ?",
					Long.class, action))
				.isEqualTo(1);
			// The invitation that went out at once, and the one moved from the registry.
			assertThat(this.jdbc.queryForObject(
					"select count(*) from mail_outbox where kind = 'plan-review' and subject_id = ? and detail = 1 and account_id = ?",
					Long.class, trajectory, policymaker.id()))
				.isEqualTo(2);
			Matcher link = Pattern.compile("/voortgang/([A-Za-z0-9_-]+)")
				.matcher(Mailbox.text(this.mailbox.latest(contact, 1)));
			assertThat(link.find()).isTrue();
			assertThat(link.group(1)).isNotEqualTo(waitingToken.value());
			assertThat(SecretToken.sha256(link.group(1))).isEqualTo(this.jdbc
				.queryForObject("select owner_link_hash from improvement_action where id = ?", String.class, action));
			assertThat(Mailbox.subject(this.mailbox.latest(policymaker.getUsername(), 2)))
				.contains("Oude registraties");
		}
		finally {
			for (String table : List.of("event_publication", "event_publication_archive")) {
				ids.forEach((id) -> this.jdbc.update("delete from " + table + " where id = ?", id));
			}
		}
	}

	/** The part of V27 that moves waiting mails from the registry to the outbox. */
	private void convertToOutbox() throws Exception {
		String script = new ClassPathResource("db/migration/V27__mail_outbox.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		String conversion = script.substring(script.indexOf("-- Mails still waiting"));
		for (String statement : conversion.split(";\\s*\\n")) {
			if (!statement.isBlank()) {
				this.jdbc.update(
						statement.lines().filter((line) -> !line.startsWith("--")).reduce("", (x, y) -> x + "\n" + y));
			}
		}
	}

	private static String ownerMail(String email, SecretToken token) {
		return """
				{"kind":"LINK","email":"%s","name":"Contactpersoon","actionTitle":"Oude actie",\
				"trajectoryTitle":"Oude registraties","deadline":"2027-03-04","token":"%s"}""".formatted(email,
				token.value());
	}

	private void insert(String table, UUID id, String listener, String type, String event, boolean completed) {
		this.jdbc.update("insert into " + table + """
				 (id, listener_id, event_type, serialized_event, publication_date, completion_date, status)
				values (?, ?, ?, ?, now() - interval '1 hour', ?, ?)""", id, listener, type, event,
				completed ? Timestamp.from(Instant.now()) : null, completed ? "COMPLETED" : "FAILED");
	}

	private List<UUID> ids(List<UUID> ids, String table) {
		return this.jdbc.queryForList("select id from " + table + " where id = any(?)", UUID.class,
				(Object) ids.toArray(new UUID[0]));
	}

	private void migrate(String script) {
		ResourceDatabasePopulator migration = new ResourceDatabasePopulator(new ClassPathResource(script));
		migration.setSeparator(ScriptUtils.EOF_STATEMENT_SEPARATOR);
		migration.execute(this.dataSource);
	}

	private void insert(UUID id, String listener, String type) {
		// Completed, so that the running application's resubmission leaves it alone.
		this.jdbc.update("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    completion_date)
				values (?, ?, ?, '{}', now(), now())""", id, listener, type);
	}

	private String column(UUID id, String column) {
		return this.jdbc.queryForObject("select " + column + " from event_publication where id = ?", String.class, id);
	}

}
