package nl.nvp.goedegesprek.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins ({@code goedegesprek.logins.failed}, tag {@code reason}): a wrong
 * password or unknown address, a deactivated account, or an attempt the throttle turned
 * away before the password was checked. Never the address tried or the client's.
 */
@Component
class LoginMetrics {

	private final MeterRegistry registry;

	LoginMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Spring Security publishes this for every failed authentication. */
	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String reason;
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			reason = "bad-credentials";
		}
		else if (event instanceof AuthenticationFailureDisabledEvent
				|| event instanceof AuthenticationFailureLockedEvent) {
			reason = "account-inactive";
		}
		else {
			reason = "other";
		}
		count(reason);
	}

	void throttled() {
		count("throttled");
	}

	private void count(String reason) {
		Counter.builder("goedegesprek.logins.failed")
			.description("Failed logins, by reason")
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

}
