package nl.nvp.goedegesprek.meeting.registration;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client address may send the public registration form (Bucket4j in
 * PostgreSQL, keyed on a hash of the address), so that the form cannot be used to flood a
 * meeting or someone's mailbox.
 */
@Component
class RegistrationThrottle {

	private final ProxyManager<String> buckets;

	private final Supplier<BucketConfiguration> limits;

	private final Supplier<BucketConfiguration> perEmailLimits;

	RegistrationThrottle(ProxyManager<String> buckets,
			@Value("${goedegesprek.registration-throttle.per-address:10}") int perAddress,
			@Value("${goedegesprek.registration-throttle.period:1h}") Duration period,
			@Value("${goedegesprek.registration-throttle.per-email-per-day:5}") int perEmailPerDay) {
		this.buckets = buckets;
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perAddress).refillGreedy(perAddress, period))
			.build();
		this.limits = () -> configuration;
		BucketConfiguration perEmail = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perEmailPerDay).refillGreedy(perEmailPerDay, Duration.ofDays(1)))
			.build();
		this.perEmailLimits = () -> perEmail;
	}

	/**
	 * A few mails a day to one e-mail address at most, so the form cannot flood someone's
	 * mailbox.
	 */
	boolean tryMail(String email) {
		return this.buckets.builder()
			.build("mail:" + SecretToken.sha256(email.trim().toLowerCase(Locale.ROOT)), this.perEmailLimits)
			.tryConsume(1);
	}

	boolean tryRegister(String address) {
		return this.buckets.builder()
			.build("registration:" + SecretToken.sha256((address != null) ? address : ""), this.limits)
			.tryConsume(1);
	}

}
