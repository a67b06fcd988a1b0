package nl.nvp.goedegesprek.project.dialogue;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import nl.nvp.goedegesprek.shared.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one facilitator's link may change something: enough for a dialogue, not
 * enough to flood its harvest (the same per-hour limit as a table host's link, in a
 * bucket of its own).
 */
@Component
class FacilitatorLinkLimits {

	private final RateLimits buckets;

	private final BucketConfiguration limits;

	FacilitatorLinkLimits(RateLimits buckets, @Value("${goedegesprek.link-limit.per-hour:120}") int perHour) {
		this.buckets = buckets;
		this.limits = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
			.build();
	}

	boolean tryAcquire(String token) {
		return this.buckets.bucket("facilitator", token, this.limits).tryConsume(1);
	}

}
