package nl.nvp.goedegesprek.shared;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the rate-limit table small and short-lived: every minute, on one instance at a
 * time, removes the buckets that have expired (they would be full again), and rows that
 * Bucket4j started but never filled in.
 */
@Component
class RateLimitCleanup {

	private static final int BATCH = 1000;

	private final RateLimits limits;

	private final JdbcClient jdbc;

	RateLimitCleanup(RateLimits limits, JdbcClient jdbc) {
		this.limits = limits;
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${goedegesprek.rate-limit.cleanup-cron:0 * * * * *}")
	@SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT5M")
	public void removeExpired() {
		while (this.limits.removeExpired(BATCH) == BATCH) {
			// Another batch.
		}
		this.jdbc
			.sql("delete from login_throttle where expires_at is null and created_at < now() - interval '10 minutes'")
			.update();
	}

}
