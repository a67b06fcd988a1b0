package nl.nvp.goedegesprek.harvest.hostlink;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import nl.nvp.goedegesprek.shared.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one table host's link may send a line of harvest: enough for a busy meeting,
 * not enough to flood the harvest (Bucket4j in PostgreSQL, keyed on a keyed hash of the
 * link).
 */
@Component
class HostLinkLimits {

	private final RateLimits buckets;

	private final BucketConfiguration limits;

	HostLinkLimits(RateLimits buckets, @Value("${goedegesprek.link-limit.per-hour:120}") int perHour) {
		this.buckets = buckets;
		this.limits = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
			.build();
	}

	boolean tryAcquire(String token) {
		return this.buckets.bucket("host", token, this.limits).tryConsume(1);
	}

}
