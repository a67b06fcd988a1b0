package nl.nvp.goedegesprek.project.signup;

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
 * Removes the personal data of a project's sign-ups with the trajectory's retention
 * (default 12 months after it closed, as the privacy statement says), as for meeting
 * participants: name, address, organisation, hashes, support note and links go; role,
 * region, status and availability stay, without a name. Runs daily on one instance at a
 * time.
 */
@Component
class SignUpRetention {

	private static final Logger log = LoggerFactory.getLogger(SignUpRetention.class);

	private final Trajectories trajectories;

	private final JdbcClient jdbc;

	private final Clock clock;

	SignUpRetention(Trajectories trajectories, JdbcClient jdbc, Clock clock) {
		this.trajectories = trajectories;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${goedegesprek.retention.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "project-sign-up-retention", lockAtMostFor = "PT30M")
	@Transactional
	public void removeDue() {
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
