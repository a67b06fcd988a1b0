package nl.nvp.goedegesprek.shared;

import java.time.Duration;
import java.util.Locale;

import io.github.bucket4j.BucketConfiguration;

/**
 * Limits how often one client address may send a public form, and how many mails one
 * e-mail address gets from it a day (Bucket4j in PostgreSQL, keyed hashes), so that the
 * form cannot flood the app or someone's mailbox. A form's throttle extends this with its
 * own purposes and configured limits.
 */
public class FormThrottle {

	private final RateLimits buckets;

	private final String sendPurpose;

	private final String mailPurpose;

	private final BucketConfiguration perAddress;

	private final BucketConfiguration perEmail;

	protected FormThrottle(RateLimits buckets, String sendPurpose, String mailPurpose, int perAddress, Duration period,
			int perEmailPerDay) {
		this.buckets = buckets;
		this.sendPurpose = sendPurpose;
		this.mailPurpose = mailPurpose;
		this.perAddress = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perAddress).refillGreedy(perAddress, period))
			.build();
		this.perEmail = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perEmailPerDay).refillGreedy(perEmailPerDay, Duration.ofDays(1)))
			.build();
	}

	/** Whether this client address may send the form once more now. */
	public boolean trySend(String address) {
		return this.buckets.bucket(this.sendPurpose, address, this.perAddress).tryConsume(1);
	}

	/** Whether this e-mail address may get one more mail from the form today. */
	public boolean tryMail(String email) {
		return this.buckets.bucket(this.mailPurpose, email.trim().toLowerCase(Locale.ROOT), this.perEmail)
			.tryConsume(1);
	}

}
