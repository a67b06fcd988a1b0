package nl.nvp.goedegesprek.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scheduled job has a timer named after its lock, counting only the runs that held
 * the lock; a run that finds another instance holding it is counted as skipped.
 */
@IntegrationTest
class JobMetricsTest {

	@Autowired
	private RateLimitCleanup cleanup;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aJobRunIsTimedUnderItsLockNameAndARunWithoutTheLockIsCountedAsSkipped() {
		long runs = runs();
		double skipped = skipped();

		this.cleanup.removeExpired();
		this.cleanup.removeExpired();
		assertThat(runs()).isEqualTo(runs + 2);
		Timer timer = this.meters.find("goedegesprek.jobs").tag("job", "rate-limit-cleanup").timer();
		assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();

		// Another instance holds the lock: this instance does not run the job.
		this.jdbc.update("delete from shedlock where name = 'rate-limit-cleanup'");
		this.jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) "
				+ "values ('rate-limit-cleanup', now() + interval '1 hour', now(), 'the-other-instance')");
		try {
			this.cleanup.removeExpired();
		}
		finally {
			this.jdbc.update("delete from shedlock where name = 'rate-limit-cleanup'");
		}
		assertThat(runs()).isEqualTo(runs + 2);
		assertThat(skipped()).isEqualTo(skipped + 1);
	}

	private long runs() {
		Timer timer = this.meters.find("goedegesprek.jobs").tag("job", "rate-limit-cleanup").timer();
		return (timer != null) ? timer.count() : 0;
	}

	private double skipped() {
		Counter counter = this.meters.find("goedegesprek.jobs.skipped").tag("job", "rate-limit-cleanup").counter();
		return (counter != null) ? counter.count() : 0;
	}

}
