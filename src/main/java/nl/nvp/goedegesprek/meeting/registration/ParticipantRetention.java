package nl.nvp.goedegesprek.meeting.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes participants' personal data a set time (default 12 months, as the privacy
 * statement says) after their trajectory closed: names, addresses, phone numbers,
 * organisations, free text and who gave consent go; role, age group, support needs as
 * yes/no, status and attendance stay for the figures. Their personal links stop working.
 * Evaluations keep their score for the figures; what the participant wrote about what
 * they learned goes with the other free text; a quote never published goes (nobody could
 * withdraw it any more), a published quote stays with a role only, never a name (decision
 * 43). Runs daily on one instance at a time.
 */
@Component
class ParticipantRetention {

	private static final Logger log = LoggerFactory.getLogger(ParticipantRetention.class);

	private final Trajectories trajectories;

	private final JdbcClient jdbc;

	private final Clock clock;

	ParticipantRetention(Trajectories trajectories, JdbcClient jdbc, Clock clock) {

		this.trajectories = trajectories;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${goedegesprek.retention.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "participant-retention", lockAtMostFor = "PT30M")
	@Transactional
	public void removeDue() {
		List<Long> closed = this.trajectories.dueForRetention();
		if (closed.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				delete from registration_link where registration_id in (
				  select r.id from registration r join meeting m on m.id = r.meeting_id
				  where m.trajectory_id in (:closed))
				""").param("closed", closed).update();
		// A consent request still open has nothing left to ask: the adult's address goes.
		this.jdbc.sql("""
				update guardian_consent c set guardian_email = null, token_hash = null,
				  decision = coalesce(c.decision, 'LAPSED'), decided_at = coalesce(c.decided_at, :now)
				from registration r join meeting m on m.id = r.meeting_id
				where c.registration_id = r.id and m.trajectory_id in (:closed)
				  and (c.guardian_email is not null or c.token_hash is not null)
				""").param("closed", closed).param("now", Timestamp.from(this.clock.instant())).update();
		int anonymised = this.jdbc.sql("""
				update registration r set name = '-', email = 'geanonimiseerd-' || r.id || '@invalid', phone = null,
				  role_other = case when r.role = 'OTHER' then '-' end, organisation = null, support_note = null,
				  guardian_name = null, guardian_capacity = null, anonymised_at = :now
				from meeting m
				where m.id = r.meeting_id and m.trajectory_id in (:closed) and r.anonymised_at is null
				""").param("closed", closed).param("now", Timestamp.from(this.clock.instant())).update();
		// Free text goes with the rest; so does a quote never published: after this
		// nobody could withdraw it. A published quote stays, with a role only
		// (decision 43). The score stays for the figures.
		this.jdbc
			.sql("""
					update meeting_evaluation e set learned = null,
					  quote = case when e.quote_published_at is null then null else e.quote end,
					  quote_consent = e.quote_published_at is not null and e.quote_consent
					from meeting m
					where m.id = e.meeting_id and m.trajectory_id in (:closed)
					  and (e.learned is not null or (e.quote_published_at is null and (e.quote is not null or e.quote_consent)))
					""")
			.param("closed", closed)
			.update();
		this.jdbc
			.sql("""
					update meeting set contact_name = null, contact_email = null, contact_phone = null
					where trajectory_id in (:closed) and (contact_name is not null or contact_email is not null or contact_phone is not null)
					""")
			.param("closed", closed)
			.update();
		if (anonymised > 0) {
			log.info("Removed the personal data of {} registrations of closed trajectories", anonymised);
		}
	}

}
