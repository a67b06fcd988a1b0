package nl.nvp.goedegesprek.shared;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutorListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A timer per scheduled job ({@code goedegesprek.jobs}, tag {@code job}: the job's lock
 * name), fed by ShedLock: it times only the runs that held the lock, so across instances
 * the count is the number of times a job really ran. Runs skipped because another
 * instance held the lock are counted apart ({@code goedegesprek.jobs.skipped}). The
 * registry is looked up on first use: ShedLock asks for this listener while Spring is
 * still setting up, before the meter registry is configured.
 */
@Component
class JobMetrics implements LockingTaskExecutorListener {

	private final ObjectProvider<MeterRegistry> registry;

	JobMetrics(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public void onTaskFinished(LockConfiguration job, Duration duration) {
		MeterRegistry meters = this.registry.getIfAvailable();
		if (meters != null) {
			Timer.builder("goedegesprek.jobs")
				.description("Runs of a scheduled job on the instance that held its lock")
				.tag("job", job.getName())
				.register(meters)
				.record(duration);
		}
	}

	@Override
	public void onLockNotAcquired(LockConfiguration job) {
		MeterRegistry meters = this.registry.getIfAvailable();
		if (meters != null) {
			Counter.builder("goedegesprek.jobs.skipped")
				.description("Runs of a scheduled job skipped because another instance held its lock")
				.tag("job", job.getName())
				.register(meters)
				.increment();
		}
	}

}
