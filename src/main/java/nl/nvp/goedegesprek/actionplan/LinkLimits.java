package nl.nvp.goedegesprek.actionplan;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one link of someone without an account (an action owner, a table host) may
 * send a form: enough for a busy meeting, not enough to flood a plan (Bucket4j in
 * PostgreSQL, keyed on a hash of the link).
 */
@Component
class LinkLimits {

	private final ProxyManager<String> buckets;

	private final Supplier<BucketConfiguration> limits;

	LinkLimits(ProxyManager<String> buckets, @Value("${goedegesprek.link-limit.per-hour:120}") int perHour) {
		this.buckets = buckets;
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
			.build();
		this.limits = () -> configuration;
	}

	boolean tryAcquire(String key) {
		return this.buckets.builder().build(key, this.limits).tryConsume(1);
	}

}
