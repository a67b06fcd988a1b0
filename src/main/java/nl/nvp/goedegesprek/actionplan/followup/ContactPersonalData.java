package nl.nvp.goedegesprek.actionplan.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.privacy.PersonalDataHolder;
import nl.nvp.goedegesprek.privacy.PersonalRecord;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions of which the person is the contact person, for a data request. Erasing removes
 * the contact person and their progress link, as {@link ContactRetention} does; the
 * action, its progress and the plan stay.
 */
@Component
@Order(40)
class ContactPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	ContactPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalRecord> find(DataSubject subject) {
		return this.jdbc.sql("""
				select title, owner_organisation, contact_name, contact_email, owner_link_expires_at,
				  reminded_before_at, reminded_overdue_at
				from improvement_action where lower(contact_email) = :email order by id""")
			.param("email", subject.email())
			.query((rs, n) -> PersonalRecord.of("actionContact")
				.field("action", rs.getString("title"))
				.field("organisation", rs.getString("owner_organisation"))
				.field("name", rs.getString("contact_name"))
				.field("email", rs.getString("contact_email"))
				.field("linkExpiresAt", instant(rs.getTimestamp("owner_link_expires_at")))
				.field("remindedBeforeAt", instant(rs.getTimestamp("reminded_before_at")))
				.field("remindedOverdueAt", instant(rs.getTimestamp("reminded_overdue_at")))
				.build())
			.list();
	}

	@Override
	@Transactional
	public int erase(DataSubject subject) {
		return this.jdbc.sql("""
				update improvement_action set contact_name = null, contact_email = null, owner_link_hash = null,
				  owner_link_expires_at = null, version = version + 1
				where lower(contact_email) = :email""").param("email", subject.email()).update();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
