package nl.nvp.goedegesprek.project.signup;

import java.time.Duration;
import java.util.Locale;

import io.github.bucket4j.BucketConfiguration;
import nl.nvp.goedegesprek.shared.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client address may send the sign-up form, and how many sign-up
 * mails one e-mail address gets a day (Bucket4j in PostgreSQL, keyed hashes), so that the
 * form cannot flood someone's mailbox.
 */
@Component
class SignUpThrottle {

	private final RateLimits buckets;

	private final BucketConfiguration perAddress;

	private final BucketConfiguration perEmail;

	SignUpThrottle(RateLimits buckets, @Value("${goedegesprek.project-sign-ups.per-address:20}") int perAddress,
			@Value("${goedegesprek.project-sign-ups.period:1h}") Duration period,
			@Value("${goedegesprek.project-sign-ups.per-email-per-day:5}") int perEmailPerDay) {
		this.buckets = buckets;
		this.perAddress = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perAddress).refillGreedy(perAddress, period))
			.build();
		this.perEmail = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perEmailPerDay).refillGreedy(perEmailPerDay, Duration.ofDays(1)))
			.build();
	}

	boolean trySend(String address) {
		return this.buckets.bucket("signup", address, this.perAddress).tryConsume(1);
	}

	boolean tryMail(String email) {
		return this.buckets.bucket("signup-mail", email.trim().toLowerCase(Locale.ROOT), this.perEmail).tryConsume(1);
	}

}
