package nl.nvp.goedegesprek.joining.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;

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
 * the privacy statement say) after they were closed or became a trajectory: name,
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
		this.jdbc.sql("""
				delete from join_request_answer where request_id in (
				  select id from join_request
				  where status in ('TRAJECTORY', 'CLOSED') and status_changed_at < ? and anonymised_at is null)""")
			.param(before)
			.update();
		int removed = this.jdbc.sql("""
				update join_request set name = null, email = null, organisation = null, message = null,
				  anonymised_at = ?, version = version + 1
				where status in ('TRAJECTORY', 'CLOSED') and status_changed_at < ? and anonymised_at is null""")
			.params(Timestamp.from(now), before)
			.update();
		if (removed > 0) {
			log.info("Removed the personal data of {} closed requests to start", removed);
		}
	}

}
