package nl.nvp.goedegesprek.actionplan;

import java.util.UUID;

import javax.sql.DataSource;

import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event publications stored before the action plan's listeners moved into sub-packages
 * still reach them: V20 renames the classes they name, and the new names load.
 */
@IntegrationTest
class EventPublicationMigrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

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
