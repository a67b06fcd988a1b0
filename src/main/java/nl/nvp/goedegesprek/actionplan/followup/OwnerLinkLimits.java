package nl.nvp.goedegesprek.actionplan.followup;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import nl.nvp.goedegesprek.shared.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one action owner's link may send a progress report: enough for a busy day,
 * not enough to flood a plan (Bucket4j in PostgreSQL, keyed on a keyed hash of the link).
 */
@Component
class OwnerLinkLimits {

	private final RateLimits buckets;

	private final BucketConfiguration limits;

	OwnerLinkLimits(RateLimits buckets, @Value("${goedegesprek.link-limit.per-hour:120}") int perHour) {
		this.buckets = buckets;
		this.limits = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
			.build();
	}

	boolean tryAcquire(String token) {
		return this.buckets.bucket("owner", token, this.limits).tryConsume(1);
	}

}
