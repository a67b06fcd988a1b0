package nl.nvp.goedegesprek.project.dialogue;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the facilitators' links (whose label may hold a first name) a set time after
 * their project closed, as the table hosts' links. The remarks stay: they hold a role,
 * never a name.
 */
@Component
class FacilitatorLinkRetention {

	private final Trajectories trajectories;

	private final JdbcClient jdbc;

	FacilitatorLinkRetention(Trajectories trajectories, JdbcClient jdbc) {
		this.trajectories = trajectories;
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${goedegesprek.retention.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "facilitator-link-retention", lockAtMostFor = "PT30M")
	@Transactional
	public void removeDue() {
		List<Long> closed = this.trajectories.dueForRetention();
		if (closed.isEmpty()) {
			return;
		}
		this.jdbc.sql("delete from facilitator_link where trajectory_id in (:closed)").param("closed", closed).update();
	}

}
