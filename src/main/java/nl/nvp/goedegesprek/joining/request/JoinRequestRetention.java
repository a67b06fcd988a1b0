package nl.nvp.goedegesprek.joining.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the personal data of requests a set time (default 12 months, as the form and
 * the privacy statement say) after they were closed or became a trajectory, or after the
 * last change (status or answer) of a request still open, which is then closed: name,
 * address, organisation, message and the answers mailed go; region, role, interest,
 * status and dates stay, to count requests per region. A trajectory keeps its own contact
 * person (its own retention). Runs daily on one instance at a time.
 */
@Component
class JoinRequestRetention {

	private static final Logger log = LoggerFactory.getLogger(JoinRequestRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int months;

	JoinRequestRetention(JdbcClient jdbc, Clock clock,
			@Value("${goedegesprek.join-requests.retention-months:12}") int months) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.months = months;
	}

	@Scheduled(cron = "${goedegesprek.retention.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "join-request-retention", lockAtMostFor = "PT30M")
	@Transactional
	public void removeDue() {
		Instant now = this.clock.instant();
		Timestamp before = Timestamp.from(ZonedDateTime.now(this.clock).minusMonths(this.months).toInstant());
		// Closed ones by when they were closed; open ones by their last change (status or
		// answer): an open request nobody touched for the same time is closed here.
		List<Long> due = this.jdbc.sql("""
				select r.id from join_request r
				where r.anonymised_at is null and (
				  (r.status in ('TRAJECTORY', 'CLOSED') and r.status_changed_at < :before)
				  or (r.status in ('NEW', 'IN_CONVERSATION') and r.status_changed_at < :before
				    and not exists (select 1 from join_request_answer a
				                    where a.request_id = r.id and a.answered_at >= :before)))
				for update""").param("before", before).query(Long.class).list();
		if (due.isEmpty()) {
			return;
		}
		this.jdbc.sql("delete from join_request_answer where request_id in (:ids)").param("ids", due).update();
		int closed = this.jdbc.sql("""
				update join_request set status = 'CLOSED', status_changed_at = :now
				where id in (:ids) and status in ('NEW', 'IN_CONVERSATION')""")
			.param("now", Timestamp.from(now))
			.param("ids", due)
			.update();
		int removed = this.jdbc.sql("""
				update join_request set name = null, email = null, organisation = null, message = null,
				  anonymised_at = :now, version = version + 1
				where id in (:ids)""").param("now", Timestamp.from(now)).param("ids", due).update();
		log.info("Removed the personal data of {} requests to start ({} of them open and closed now)", removed, closed);
	}

}
