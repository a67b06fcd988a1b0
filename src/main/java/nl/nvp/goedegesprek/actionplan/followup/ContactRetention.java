package nl.nvp.goedegesprek.actionplan.followup;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the contact persons of actions and the links of action owners a set time after
 * their trajectory closed (see {@code ParticipantRetention} in the meeting module; the
 * harvest module removes the table hosts' links). The actions, their progress and the
 * plan stay.
 */
@Component
class ContactRetention {

	private final Trajectories trajectories;

	private final JdbcClient jdbc;

	ContactRetention(Trajectories trajectories, JdbcClient jdbc) {
		this.trajectories = trajectories;
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${goedegesprek.retention.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "contact-retention", lockAtMostFor = "PT30M")
	@Transactional
	public void removeDue() {
		List<Long> closed = this.trajectories.dueForRetention();
		if (closed.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("""
					update improvement_action set contact_name = null, contact_email = null, owner_link_hash = null,
					  owner_link_expires_at = null
					where trajectory_id in (:closed) and (contact_name is not null or contact_email is not null or owner_link_hash is not null)
					""")
			.param("closed", closed)
			.update();
	}

}
