package nl.nvp.goedegesprek.joining.form;

import java.time.Duration;
import java.util.Locale;

import io.github.bucket4j.BucketConfiguration;
import nl.nvp.goedegesprek.shared.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client address may send the request form, and how many
 * confirmation mails one address gets a day (Bucket4j in PostgreSQL, keyed hashes), so
 * that the form cannot flood the inbox or someone's mailbox.
 */
@Component
class JoinThrottle {

	private final RateLimits buckets;

	private final BucketConfiguration perAddress;

	private final BucketConfiguration perEmail;

	JoinThrottle(RateLimits buckets, @Value("${goedegesprek.join-requests.per-address:5}") int perAddress,
			@Value("${goedegesprek.join-requests.period:1h}") Duration period,
			@Value("${goedegesprek.join-requests.per-email-per-day:3}") int perEmailPerDay) {
		this.buckets = buckets;
		this.perAddress = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perAddress).refillGreedy(perAddress, period))
			.build();
		this.perEmail = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perEmailPerDay).refillGreedy(perEmailPerDay, Duration.ofDays(1)))
			.build();
	}

	boolean trySend(String address) {
		return this.buckets.bucket("join", address, this.perAddress).tryConsume(1);
	}

	boolean tryMail(String email) {
		return this.buckets.bucket("join-mail", email.trim().toLowerCase(Locale.ROOT), this.perEmail).tryConsume(1);
	}

}
