package nl.nvp.goedegesprek.joining.form;

import java.time.Duration;

import nl.nvp.goedegesprek.shared.FormThrottle;
import nl.nvp.goedegesprek.shared.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client address may send the request form, and how many
 * confirmation mails one address gets a day (Bucket4j in PostgreSQL, keyed hashes), so
 * that the form cannot flood the inbox or someone's mailbox.
 */
@Component
class JoinThrottle extends FormThrottle {

	JoinThrottle(RateLimits buckets, @Value("${goedegesprek.join-requests.per-address:5}") int perAddress,
			@Value("${goedegesprek.join-requests.period:1h}") Duration period,
			@Value("${goedegesprek.join-requests.per-email-per-day:3}") int perEmailPerDay) {
		super(buckets, "join", "join-mail", perAddress, period, perEmailPerDay);
	}

}
