package nl.nvp.goedegesprek.shared;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Wakes this instance's mail sender as soon as a transaction that queued a mail has
 * committed, so that mails go out within a moment instead of at the next poll.
 */
@Component
class OutboxWakeUp {

	private final Semaphore signals = new Semaphore(0);

	void signal() {
		this.signals.release();
	}

	/** Waits for a signal or the timeout; forgets signals that came in meanwhile. */
	void await(Duration timeout) throws InterruptedException {
		this.signals.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
		this.signals.drainPermits();
	}

}
