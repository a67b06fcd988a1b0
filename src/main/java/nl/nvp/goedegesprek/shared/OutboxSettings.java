package nl.nvp.goedegesprek.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the mail outbox retries (decision 20): the first retry after {@code first-retry},
 * each next one twice as late up to {@code max-retry}; a mail counts as failing from its
 * {@code failing-after}th attempt and is given up {@code give-up-after} after it was
 * queued. The sender looks for due mails every {@code poll} (and right after a commit
 * that queued one) and holds a claimed mail for {@code lease}, far longer than sending
 * takes (the SMTP time-outs are seconds).
 */
@Component
record OutboxSettings(Duration firstRetry, Duration maxRetry, int failingAfter, Duration giveUpAfter, Duration poll,
		Duration lease, int batch) {

	OutboxSettings(@Value("${goedegesprek.mail-outbox.first-retry:30s}") Duration firstRetry,
			@Value("${goedegesprek.mail-outbox.max-retry:1h}") Duration maxRetry,
			@Value("${goedegesprek.mail-outbox.failing-after:5}") int failingAfter,
			@Value("${goedegesprek.mail-outbox.give-up-after:3d}") Duration giveUpAfter,
			@Value("${goedegesprek.mail-outbox.poll:5s}") Duration poll,
			@Value("${goedegesprek.mail-outbox.lease:2m}") Duration lease,
			@Value("${goedegesprek.mail-outbox.batch:20}") int batch) {
		this.firstRetry = firstRetry;
		this.maxRetry = maxRetry;
		this.failingAfter = failingAfter;
		this.giveUpAfter = giveUpAfter;
		this.poll = poll;
		this.lease = lease;
		this.batch = batch;
	}

	/** The wait before the next attempt after this many failed ones. */
	Duration retryAfter(int attempts) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(this.maxRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

}
