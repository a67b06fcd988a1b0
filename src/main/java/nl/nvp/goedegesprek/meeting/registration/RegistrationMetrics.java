package nl.nvp.goedegesprek.meeting.registration;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts registrations by outcome ({@code goedegesprek.registrations}, tag
 * {@code outcome}), once the change is committed; never who or which meeting.
 */
@Component
class RegistrationMetrics {

	enum Outcome {

		/** A new registration, waiting for its e-mail address to be confirmed. */
		REGISTERED,
		/** The address was registered already; its link is mailed again. */
		ALREADY_REGISTERED,
		/** Confirmed with a place. */
		CONFIRMED,
		/** Confirmed on the waitlist. */
		WAITLISTED,
		/**
		 * Not taken: registration closed, too many tries, or a form filled in by a robot.
		 */
		REFUSED

	}

	private final MeterRegistry registry;

	RegistrationMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void count(Outcome outcome) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					increment(outcome);
				}
			});
		}
		else {
			increment(outcome);
		}
	}

	private void increment(Outcome outcome) {
		Counter.builder("goedegesprek.registrations")
			.description("Registrations for meetings, by outcome")
			.tag("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.register(this.registry)
			.increment();
	}

}
