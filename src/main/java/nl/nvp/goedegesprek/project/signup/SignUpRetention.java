package nl.nvp.goedegesprek.project.signup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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
 * Removes the personal data of a child's sign-up a day after a parent or guardian
 * refused, withdrew consent or did not answer in time (and lets such requests lapse), and
 * of a project's sign-ups with the trajectory's retention (default 12 months after it
 * closed, as the privacy statement says), as for meeting participants: name, address,
 * organisation, hashes, support note and links go; role, region, status and availability
 * stay, without a name. Runs daily on one instance at a time.
 */
@Component
class SignUpRetention {

	private static final Logger log = LoggerFactory.getLogger(SignUpRetention.class);

	private final Trajectories trajectories;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SignUpConsents consents;

	SignUpRetention(Trajectories trajectories, JdbcClient jdbc, Clock clock, SignUpConsents consents) {
		this.trajectories = trajectories;
		this.jdbc = jdbc;
		this.clock = clock;
		this.consents = consents;
	}

	/**
	 * Lets a parent's or guardian's consent request for a child's sign-up lapse when
	 * nobody answered in time (decision 50), on the meetings' schedule: the sign-up ends
	 * and the child is told. Each in a transaction of its own, with the sign-up locked;
	 * one instance at a time.
	 */
	@Scheduled(cron = "${goedegesprek.guardian-consent.lapse-cron:0 */10 * * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "project-sign-up-consent-lapse", lockAtMostFor = "PT10M")
	public void lapseConsents() {
		this.consents.lapsed().forEach(this.consents::lapse);
	}

	@Scheduled(cron = "${goedegesprek.retention.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "project-sign-up-retention", lockAtMostFor = "PT30M")
	@Transactional
	public void removeDue() {
		// A child's sign-up that a parent or guardian refused, or that nobody answered in
		// time, goes a day after (when the kind mail to the child has gone): without
		// consent there is nothing to keep it for (decision 50). So does one whose
		// consent was withdrawn (decision 51).
		List<Long> refused = this.jdbc
			.sql("""
					select s.id from project_sign_up s join project_sign_up_consent c on c.sign_up_id = s.id
					where c.decision in ('REFUSED', 'LAPSED', 'WITHDRAWN') and c.decided_at < :dayAgo and s.status = 'CANCELLED'
					  and s.anonymised_at is null
					for update of s""")
			.param("dayAgo", Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))))
			.query(Long.class)
			.list();
		int withoutConsent = SignUpPersonalData.anonymise(this.jdbc, refused, Timestamp.from(this.clock.instant()));
		if (withoutConsent > 0) {
			log.info("Removed the personal data of {} project sign-ups without a guardian's consent", withoutConsent);
		}
		List<Long> closed = this.trajectories.dueForRetention();
		if (closed.isEmpty()) {
			return;
		}
		List<Long> due = this.jdbc.sql("""
				select id from project_sign_up where trajectory_id in (:closed) and anonymised_at is null
				for update""").param("closed", closed).query(Long.class).list();
		int removed = SignUpPersonalData.anonymise(this.jdbc, due, Timestamp.from(this.clock.instant()));
		if (removed > 0) {
			log.info("Removed the personal data of {} project sign-ups", removed);
		}
	}

}
