package nl.nvp.goedegesprek.meeting.registration;

import java.time.Duration;

import nl.nvp.goedegesprek.shared.FormThrottle;
import nl.nvp.goedegesprek.shared.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client address may send the public registration form (Bucket4j in
 * PostgreSQL, keyed on a keyed hash of the address), so that the form cannot be used to
 * flood a meeting or someone's mailbox.
 */
@Component
class RegistrationThrottle extends FormThrottle {

	RegistrationThrottle(RateLimits buckets,
			@Value("${goedegesprek.registration-throttle.per-address:10}") int perAddress,
			@Value("${goedegesprek.registration-throttle.period:1h}") Duration period,
			@Value("${goedegesprek.registration-throttle.per-email-per-day:5}") int perEmailPerDay) {
		super(buckets, "registration", "mail", perAddress, period, perEmailPerDay);
	}

}
