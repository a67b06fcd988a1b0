package nl.nvp.goedegesprek.meeting.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.privacy.PersonalDataHolder;
import nl.nvp.goedegesprek.privacy.PersonalRecord;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the meeting module holds about a person, for a data request: their registrations
 * (with consent, support needs and table), their evaluations, and meetings of which they
 * are the contact person; with a name, also tables they host. One query per kind.
 */
@Component
@Order(10)
class RegistrationPersonalData implements PersonalDataHolder {

	private final RegistrationErasure erasure;

	private final JdbcClient jdbc;

	RegistrationPersonalData(RegistrationErasure erasure, JdbcClient jdbc) {
		this.erasure = erasure;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalRecord> find(DataSubject subject) {
		List<PersonalRecord> found = new ArrayList<>();
		found.addAll(this.jdbc.sql("""
				select r.*, m.title as meeting_title, m.meeting_date, t.number as table_number
				from registration r join meeting m on m.id = r.meeting_id left join meeting_table t on t.id = r.table_id
				where lower(r.email) = :email and r.anonymised_at is null order by m.meeting_date, r.id""")
			.param("email", subject.email())
			.query((rs, n) -> registration(rs))
			.list());
		found.addAll(this.jdbc.sql("""
				select e.*, m.title as meeting_title from meeting_evaluation e
				join registration r on r.id = e.registration_id join meeting m on m.id = e.meeting_id
				where lower(r.email) = :email and r.anonymised_at is null order by e.submitted_on, e.registration_id""")
			.param("email", subject.email())
			.query((rs, n) -> PersonalRecord.of("evaluation")
				.field("meeting", rs.getString("meeting_title"))
				.field("score", rs.getInt("score"))
				.field("learned", rs.getString("learned"))
				.field("quote", rs.getString("quote"))
				.flag("quoteConsent", rs.getBoolean("quote_consent"))
				.field("submittedOn", rs.getDate("submitted_on").toLocalDate())
				.build())
			.list());
		found.addAll(this.jdbc.sql("""
				select title, meeting_date, contact_name, contact_email, contact_phone from meeting
				where lower(contact_email) = :email order by meeting_date, id""")
			.param("email", subject.email())
			.query((rs, n) -> PersonalRecord.of("meetingContact")
				.field("meeting", rs.getString("title"))
				.field("date", rs.getDate("meeting_date").toLocalDate())
				.field("name", rs.getString("contact_name"))
				.field("email", rs.getString("contact_email"))
				.field("phone", rs.getString("contact_phone"))
				.build())
			.list());
		if (subject.hasName()) {
			found.addAll(this.jdbc
				.sql("""
						select m.title, m.meeting_date, t.number, t.host_name from meeting_table t join meeting m on m.id = t.meeting_id
						where t.host_name ~* :pattern order by m.meeting_date, t.number""")
				.param("pattern", subject.namePattern())
				.query((rs, n) -> PersonalRecord.of("tableHost")
					.field("meeting", rs.getString("title"))
					.field("date", rs.getDate("meeting_date").toLocalDate())
					.field("table", rs.getInt("number"))
					.field("name", rs.getString("host_name"))
					.build())
				.list());
		}
		return found;
	}

	@Override
	@Transactional
	public int erase(DataSubject subject) {
		int erased = this.erasure.eraseAll(subject.email());
		erased += this.jdbc
			.sql("""
					update meeting set contact_name = null, contact_email = null, contact_phone = null, version = version + 1
					where lower(contact_email) = :email""")
			.param("email", subject.email())
			.update();
		if (subject.hasName()) {
			erased += this.jdbc.sql("update meeting_table set host_name = null where host_name ~* :pattern")
				.param("pattern", subject.namePattern())
				.update();
		}
		return erased;
	}

	private static PersonalRecord registration(ResultSet rs) throws SQLException {
		return PersonalRecord.of("registration")
			.field("meeting", rs.getString("meeting_title"))
			.field("date", rs.getDate("meeting_date").toLocalDate())
			.field("name", rs.getString("name"))
			.field("email", rs.getString("email"))
			.field("phone", rs.getString("phone"))
			.coded("role", ParticipantRole.valueOf(rs.getString("role")), "ParticipantRole")
			.field("roleOther", rs.getString("role_other"))
			.field("organisation", rs.getString("organisation"))
			.coded("ageGroup", enumOrNull(AgeGroup.class, rs.getString("age_group")), "AgeGroup")
			.field("guardianName", rs.getString("guardian_name"))
			.coded("guardianCapacity", enumOrNull(GuardianCapacity.class, rs.getString("guardian_capacity")),
					"GuardianCapacity")
			.flag("needsAccessibility", rs.getBoolean("needs_accessibility"))
			.flag("needsInterpreter", rs.getBoolean("needs_interpreter"))
			.flag("needsTravelCosts", rs.getBoolean("needs_travel_costs"))
			.flag("needsChildcare", rs.getBoolean("needs_childcare"))
			.field("supportNote", rs.getString("support_note"))
			.field("consentVersion", rs.getString("consent_version"))
			.field("consentAt", instant(rs.getTimestamp("consent_at")))
			.field("language", rs.getString("language"))
			.coded("status", RegistrationStatus.valueOf(rs.getString("status")), "RegistrationStatus")
			.field("registeredAt", instant(rs.getTimestamp("created_at")))
			.field("statusChangedAt", instant(rs.getTimestamp("status_changed_at")))
			.field("checkedInAt", instant(rs.getTimestamp("checked_in_at")))
			.field("table", (Integer) rs.getObject("table_number"))
			.field("reminderSentAt", instant(rs.getTimestamp("reminder_sent_at")))
			.build();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
		return (value != null) ? Enum.valueOf(type, value) : null;
	}

}
