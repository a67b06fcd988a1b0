package nl.nvp.goedegesprek.joining.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.privacy.PersonalDataHolder;
import nl.nvp.goedegesprek.privacy.PersonalRecord;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to start sent from the person's address, and the answers mailed to them, for a
 * data request. Erasing removes name, address, organisation, message and the answers, as
 * the retention job does; region, role, interest and status stay.
 */
@Component
@Order(8)
class JoinRequestPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final Clock clock;

	JoinRequestPersonalData(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalRecord> find(DataSubject subject) {
		List<PersonalRecord> records = new ArrayList<>(this.jdbc.sql("""
				select id, region_code, organisation, role, name, email, message, interest, status, created_at
				from join_request where lower(email) = :email order by id""")
			.param("email", subject.email())
			.query((rs, n) -> PersonalRecord.of("joinRequest")
				.field("reference", String.valueOf(rs.getLong("id")))
				.field("region", rs.getString("region_code"))
				.field("organisation", rs.getString("organisation"))
				.coded("role", RequesterRole.valueOf(rs.getString("role")), "RequesterRole")
				.field("name", rs.getString("name"))
				.field("email", rs.getString("email"))
				.field("message", rs.getString("message"))
				.coded("interest", Interest.valueOf(rs.getString("interest")), "Interest")
				.coded("status", RequestStatus.valueOf(rs.getString("status")), "RequestStatus")
				.field("sent", rs.getTimestamp("created_at").toInstant())
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select a.request_id, a.text, a.answered_at
				from join_request_answer a join join_request r on r.id = a.request_id
				where lower(r.email) = :email order by a.request_id, a.answered_at, a.id""")
			.param("email", subject.email())
			.query((rs, n) -> PersonalRecord.of("joinRequestAnswer")
				.field("reference", String.valueOf(rs.getLong("request_id")))
				.field("text", rs.getString("text"))
				.field("sent", rs.getTimestamp("answered_at").toInstant())
				.build())
			.list());
		return records;
	}

	@Override
	@Transactional
	public int erase(DataSubject subject) {
		int answers = this.jdbc.sql("""
				delete from join_request_answer where request_id in (
				  select id from join_request where lower(email) = :email)""").param("email", subject.email()).update();
		int requests = this.jdbc.sql("""
				update join_request set name = null, email = null, organisation = null, message = null,
				  anonymised_at = :now, version = version + 1
				where lower(email) = :email""")
			.param("email", subject.email())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		return answers + requests;
	}

}
