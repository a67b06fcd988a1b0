package nl.nvp.goedegesprek.project.signup;

import java.time.Duration;

import nl.nvp.goedegesprek.shared.FormThrottle;
import nl.nvp.goedegesprek.shared.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client address may send the sign-up form, and how many sign-up
 * mails one e-mail address gets a day (Bucket4j in PostgreSQL, keyed hashes), so that the
 * form cannot flood someone's mailbox.
 */
@Component
class SignUpThrottle extends FormThrottle {

	SignUpThrottle(RateLimits buckets, @Value("${goedegesprek.project-sign-ups.per-address:20}") int perAddress,
			@Value("${goedegesprek.project-sign-ups.period:1h}") Duration period,
			@Value("${goedegesprek.project-sign-ups.per-email-per-day:5}") int perEmailPerDay) {
		super(buckets, "signup", "signup-mail", perAddress, period, perEmailPerDay);
	}

}
