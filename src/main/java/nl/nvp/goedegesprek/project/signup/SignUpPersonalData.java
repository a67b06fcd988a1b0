package nl.nvp.goedegesprek.project.signup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.privacy.PersonalDataHolder;
import nl.nvp.goedegesprek.privacy.PersonalRecord;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ups for national projects made with the person's address, for a data request. The
 * case code was never stored, so it cannot be shown: the record says only whether there
 * was one. Erasing anonymises as the retention job does ({@link SignUpRetention}): name,
 * address, organisation, hashes, support note and links go; role, region, status and when
 * someone could stay, without a name, to count sign-ups.
 */
@Component
@Order(12)
class SignUpPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final Clock clock;

	SignUpPersonalData(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalRecord> find(DataSubject subject) {
		Map<Long, List<String>> dates = new HashMap<>();
		this.jdbc.sql("""
				select d.sign_up_id, d.available_on from project_sign_up_date d
				join project_sign_up s on s.id = d.sign_up_id
				where lower(s.email) = :email order by d.available_on""")
			.param("email", subject.email())
			.query((rs, n) -> dates.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
				.add(rs.getObject(2, LocalDate.class).toString()))
			.list();
		Map<Long, List<String>> parts = new HashMap<>();
		this.jdbc.sql("""
				select w.sign_up_id, w.weekday, w.part from project_sign_up_week_part w
				join project_sign_up s on s.id = w.sign_up_id
				where lower(s.email) = :email order by w.weekday, w.part""")
			.param("email", subject.email())
			.query((rs, n) -> parts.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
				.add(new WeekPart(rs.getInt(2), WeekPart.Part.valueOf(rs.getString(3))).toString()))
			.list();
		List<PersonalRecord> records = new ArrayList<>(
				this.jdbc
					.sql("""
							select s.id, s.trajectory_id, s.name, s.email, s.role, s.age_group, s.region_code, s.organisation, s.mode,
							  s.support_note, s.case_hash is not null as has_case_code, s.status, s.created_at,
							  c.requested_at, c.decision, c.decided_at
							from project_sign_up s left join project_sign_up_consent c on c.sign_up_id = s.id
							where lower(s.email) = :email order by s.id""")
					.param("email", subject.email())
					.query((rs, n) -> PersonalRecord.of("projectSignUp")
						.field("project", String.valueOf(rs.getLong("trajectory_id")))
						.field("name", rs.getString("name"))
						.field("email", rs.getString("email"))
						.coded("role", ParticipantRole.valueOf(rs.getString("role")), "ParticipantRole")
						.coded("ageGroup",
								(rs.getString("age_group") != null) ? AgeGroup.valueOf(rs.getString("age_group"))
										: null,
								"AgeGroup")
						.field("region", rs.getString("region_code"))
						.field("organisation", rs.getString("organisation"))
						.coded("mode", Mode.valueOf(rs.getString("mode")), "Mode")
						.field("dates",
								dates.containsKey(rs.getLong("id")) ? String.join(", ", dates.get(rs.getLong("id")))
										: null)
						.field("weekParts",
								parts.containsKey(rs.getLong("id")) ? String.join(", ", parts.get(rs.getLong("id")))
										: null)
						.field("supportNote", rs.getString("support_note"))
						.flag("caseCode", rs.getBoolean("has_case_code"))
						.coded("status", SignUpViews.Status.valueOf(rs.getString("status")), "projectSignUp.status")
						.field("sent", rs.getTimestamp("created_at").toInstant())
						.field("consentRequested", instant(rs.getTimestamp("requested_at")))
						.coded("consentDecision",
								(rs.getString("decision") != null)
										? SignUpConsents.Decision.valueOf(rs.getString("decision")) : null,
								"projectConsent.decisionName")
						.field("consentDecided", instant(rs.getTimestamp("decided_at")))
						.build())
					.list());
		// A parent's or guardian's address, asked to consent for a child (decision 50):
		// kept
		// only until they answer.
		records.addAll(this.jdbc.sql("""
				select s.trajectory_id, c.guardian_email, c.requested_at from project_sign_up_consent c
				join project_sign_up s on s.id = c.sign_up_id
				where lower(c.guardian_email) = :email order by c.sign_up_id""")
			.param("email", subject.email())
			.query((rs, n) -> PersonalRecord.of("projectSignUpGuardian")
				.field("project", String.valueOf(rs.getLong("trajectory_id")))
				.field("email", rs.getString("guardian_email"))
				.field("requested", instant(rs.getTimestamp("requested_at")))
				.build())
			.list());
		return records;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	@Override
	@Transactional
	public int erase(DataSubject subject) {
		List<Long> ids = this.jdbc.sql("select id from project_sign_up where lower(email) = :email for update")
			.param("email", subject.email())
			.query(Long.class)
			.list();
		// A parent's or guardian's address goes. A request already mailed can still be
		// answered through its link (nothing of theirs is kept); one not yet mailed never
		// is, and the child's sign-up waits and lapses in time
		// (SignUpConsents.askIfNeeded).
		int guardians = this.jdbc.sql("""
				update project_sign_up_consent set guardian_email = null
				where lower(guardian_email) = :email""").param("email", subject.email()).update();
		return guardians + anonymise(this.jdbc, ids, Timestamp.from(this.clock.instant()));
	}

	/**
	 * Removes the personal data of these sign-ups (their links too); they no longer count
	 * as sign-ups of anyone reachable. Returns how many changed.
	 */
	static int anonymise(JdbcClient jdbc, List<Long> ids, Timestamp now) {
		if (ids.isEmpty()) {
			return 0;
		}
		jdbc.sql("delete from project_sign_up_link where sign_up_id in (:ids)").param("ids", ids).update();
		// An open request for consent has nothing left to ask: the adult's address and
		// the
		// link go, as for meetings (decision 35).
		jdbc.sql("""
				update project_sign_up_consent set guardian_email = null, token_hash = null,
				  decision = coalesce(decision, 'LAPSED'), decided_at = coalesce(decided_at, :now)
				where sign_up_id in (:ids)""").param("now", now).param("ids", ids).update();
		return jdbc.sql("""
				update project_sign_up set name = null, email = null, organisation = null, organisation_hash = null,
				  case_hash = null, support_note = null,
				  status = case when status in ('PENDING', 'AWAITING_CONSENT') then 'CANCELLED' else status end,
				  anonymised_at = :now, version = version + 1
				where id in (:ids) and anonymised_at is null""").param("now", now).param("ids", ids).update();
	}

}
