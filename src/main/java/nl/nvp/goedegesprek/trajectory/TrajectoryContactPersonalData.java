package nl.nvp.goedegesprek.trajectory;

import java.util.List;

import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.privacy.PersonalDataHolder;
import nl.nvp.goedegesprek.privacy.PersonalRecord;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trajectories of which the person is the contact person, for a data request. Erasing
 * removes the contact person; the trajectory stays.
 */
@Component
@Order(5)
class TrajectoryContactPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	TrajectoryContactPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalRecord> find(DataSubject subject) {
		return this.jdbc.sql("""
				select title, contact_name, contact_email, contact_phone from trajectory
				where lower(contact_email) = :email order by id""")
			.param("email", subject.email())
			.query((rs, n) -> PersonalRecord.of("trajectoryContact")
				.field("trajectory", rs.getString("title"))
				.field("name", rs.getString("contact_name"))
				.field("email", rs.getString("contact_email"))
				.field("phone", rs.getString("contact_phone"))
				.build())
			.list();
	}

	@Override
	@Transactional
	public int erase(DataSubject subject) {
		return this.jdbc.sql("""
				update trajectory set contact_name = null, contact_email = null, contact_phone = null,
				  version = version + 1
				where lower(contact_email) = :email""").param("email", subject.email()).update();
	}

}
