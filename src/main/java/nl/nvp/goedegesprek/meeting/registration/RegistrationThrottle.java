package nl.nvp.goedegesprek.meeting.registration;

import java.time.Duration;
import java.util.Locale;

import io.github.bucket4j.BucketConfiguration;
import nl.nvp.goedegesprek.shared.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client address may send the public registration form (Bucket4j in
 * PostgreSQL, keyed on a keyed hash of the address), so that the form cannot be used to
 * flood a meeting or someone's mailbox.
 */
@Component
class RegistrationThrottle {

	private final RateLimits buckets;

	private final BucketConfiguration limits;

	private final BucketConfiguration perEmail;

	RegistrationThrottle(RateLimits buckets,
			@Value("${goedegesprek.registration-throttle.per-address:10}") int perAddress,
			@Value("${goedegesprek.registration-throttle.period:1h}") Duration period,
			@Value("${goedegesprek.registration-throttle.per-email-per-day:5}") int perEmailPerDay) {
		this.buckets = buckets;
		this.limits = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perAddress).refillGreedy(perAddress, period))
			.build();
		this.perEmail = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perEmailPerDay).refillGreedy(perEmailPerDay, Duration.ofDays(1)))
			.build();
	}

	/**
	 * A few mails a day to one e-mail address at most, so the form cannot flood someone's
	 * mailbox.
	 */
	boolean tryMail(String email) {
		return this.buckets.bucket("mail", email.trim().toLowerCase(Locale.ROOT), this.perEmail).tryConsume(1);
	}

	boolean tryRegister(String address) {
		return this.buckets.bucket("registration", address, this.limits).tryConsume(1);
	}

}
