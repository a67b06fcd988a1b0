package nl.nvp.goedegesprek.harvest.hostlink;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one table host's link may send a line of harvest: enough for a busy meeting,
 * not enough to flood the harvest (Bucket4j in PostgreSQL, keyed on a hash of the link).
 */
@Component
class HostLinkLimits {

	private final ProxyManager<String> buckets;

	private final Supplier<BucketConfiguration> limits;

	HostLinkLimits(ProxyManager<String> buckets, @Value("${goedegesprek.link-limit.per-hour:120}") int perHour) {
		this.buckets = buckets;
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
			.build();
		this.limits = () -> configuration;
	}

	boolean tryAcquire(String token) {
		return this.buckets.builder().build("host:" + SecretToken.sha256(token), this.limits).tryConsume(1);
	}

}
