package nl.nvp.goedegesprek.actionplan.followup;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one action owner's link may send a progress report: enough for a busy day,
 * not enough to flood a plan (Bucket4j in PostgreSQL, keyed on a hash of the link).
 */
@Component
class OwnerLinkLimits {

	private final ProxyManager<String> buckets;

	private final Supplier<BucketConfiguration> limits;

	OwnerLinkLimits(ProxyManager<String> buckets, @Value("${goedegesprek.link-limit.per-hour:120}") int perHour) {
		this.buckets = buckets;
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
			.build();
		this.limits = () -> configuration;
	}

	boolean tryAcquire(String token) {
		return this.buckets.builder().build("owner:" + SecretToken.sha256(token), this.limits).tryConsume(1);
	}

}
