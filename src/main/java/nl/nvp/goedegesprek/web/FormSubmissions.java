package nl.nvp.goedegesprek.web;

import java.time.Duration;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.nvp.goedegesprek.shared.KeyedHash;
import nl.nvp.goedegesprek.shared.SealedText;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The forms being carried out and just carried out, by a keyed hash of what was sent
 * (table {@code form_submission}, decision 28). Each statement commits on its own: a
 * claim must be seen by a second request at once, not when the first one's work commits.
 */
@Component
class FormSubmissions {

	/** How long an answer is kept for a form sent again from the same page. */
	static final Duration KEPT = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final SealedText locations;

	private final Duration wait;

	FormSubmissions(JdbcClient jdbc, KeyedHash hash, @Value("${goedegesprek.forms.duplicate-wait:10s}") Duration wait) {
		this.jdbc = jdbc;
		this.locations = new SealedText(hash, "form-submission-location");
		this.wait = wait;
	}

	/** Claims the key; false when another request holds or held it. */
	boolean claim(byte[] key) {
		return this.jdbc.sql("insert into form_submission (key_hash) values (?) on conflict do nothing")
			.param(key)
			.update() == 1;
	}

	/** The claim's request ended in a redirect: a second one gets the same. */
	void redirected(byte[] key, int status, String location) {
		this.jdbc
			.sql("update form_submission set finished_at = now(), status = ?, sealed_location = ? where key_hash = ?")
			.param(status)
			.param(this.locations.seal(key, location))
			.param(key)
			.update();
	}

	/**
	 * The claim's request ended otherwise (a form with errors, a download, a failure): a
	 * second one runs as if it came first, which changes nothing a first one did not.
	 */
	void release(byte[] key) {
		this.jdbc.sql("delete from form_submission where key_hash = ?").param(key).update();
	}

	/**
	 * Waits until the request that holds the claim is done: its redirect, or empty when
	 * it released the claim. {@link Outcome#busy()} when it did not finish in time.
	 */
	Outcome awaitFirst(byte[] key) throws InterruptedException {
		long deadline = System.nanoTime() + this.wait.toNanos();
		long pause = 5;
		while (true) {
			Outcome outcome = this.jdbc.sql("select status, sealed_location from form_submission where key_hash = ?")
				.param(key)
				.query((rs, n) -> {
					int status = rs.getInt("status");
					if (rs.wasNull()) {
						return Outcome.BUSY;
					}
					String location = this.locations.open(key, rs.getBytes("sealed_location"));
					return (location != null) ? new Outcome(State.REDIRECTED, status, location) : Outcome.RELEASED;
				})
				.optional()
				.orElse(Outcome.RELEASED);
			if (outcome.state() != State.BUSY || System.nanoTime() > deadline) {
				return outcome;
			}
			Thread.sleep(pause);
			pause = Math.min(pause * 2, 100);
		}
	}

	/**
	 * Forgets answers older than {@link #KEPT}, and claims of requests that never ended.
	 */
	@Scheduled(cron = "${goedegesprek.forms.cleanup-cron:30 * * * * *}")
	@SchedulerLock(name = "form-submission-cleanup", lockAtMostFor = "PT5M")
	public void removeOld() {
		this.jdbc.sql("delete from form_submission where started_at < now() - make_interval(secs => ?)")
			.param(KEPT.toSeconds())
			.update();
	}

	enum State {

		/** It ended in a redirect, which the second request gets too. */
		REDIRECTED,
		/** It released its claim (or its row is gone): the second one runs. */
		RELEASED,
		/** It has not ended within the waiting time. */
		BUSY

	}

	record Outcome(State state, int status, String location) {

		static final Outcome RELEASED = new Outcome(State.RELEASED, 0, null);

		static final Outcome BUSY = new Outcome(State.BUSY, 0, null);

	}

}
