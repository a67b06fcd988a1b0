package nl.nvp.goedegesprek.project.dialogue;

import java.util.List;

import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.privacy.PersonalDataHolder;
import nl.nvp.goedegesprek.privacy.PersonalRecord;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators' links whose label holds the person's name (a link keeps no address), for
 * a data request that gives a name. Erasing takes the name out of the label; the link and
 * the remarks entered with it stay.
 */
@Component
@Order(31)
class FacilitatorLinkPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	FacilitatorLinkPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalRecord> find(DataSubject subject) {
		if (!subject.hasName()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select label, created_at, expires_at from facilitator_link where label ~* :pattern order by id""")
			.param("pattern", subject.namePattern())
			.query((rs, n) -> PersonalRecord.of("facilitatorLink")
				.field("label", rs.getString("label"))
				.field("createdAt", rs.getTimestamp("created_at").toInstant())
				.field("expiresAt", rs.getTimestamp("expires_at").toInstant())
				.build())
			.list();
	}

	@Override
	@Transactional
	public int erase(DataSubject subject) {
		if (!subject.hasName()) {
			return 0;
		}
		return this.jdbc.sql("""
				update facilitator_link set label = regexp_replace(label, :pattern, '–', 'gi')
				where label ~* :pattern""").param("pattern", subject.namePattern()).update();
	}

}
