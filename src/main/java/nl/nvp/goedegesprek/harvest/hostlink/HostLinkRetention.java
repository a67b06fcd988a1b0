package nl.nvp.goedegesprek.harvest.hostlink;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the links of table hosts a set time after their trajectory closed (see
 * {@code ParticipantRetention} in the meeting module). The harvest stays.
 */
@Component
class HostLinkRetention {

	private final Trajectories trajectories;

	private final JdbcClient jdbc;

	HostLinkRetention(Trajectories trajectories, JdbcClient jdbc) {
		this.trajectories = trajectories;
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${goedegesprek.retention.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "host-link-retention", lockAtMostFor = "PT30M")
	@Transactional
	public void removeDue() {
		List<Long> closed = this.trajectories.dueForRetention();
		if (closed.isEmpty()) {
			return;
		}
		this.jdbc.sql("delete from harvest_entry_link where trajectory_id in (:closed)")
			.param("closed", closed)
			.update();
	}

}
