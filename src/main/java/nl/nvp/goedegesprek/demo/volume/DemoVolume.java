package nl.nvp.goedegesprek.demo.volume;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code volume} profile, beside the demo's: after the demo data is made, ten times a
 * realistic volume of made-up data ({@link VolumeData}), once per demo day (the demo's
 * data, and this with it, is made afresh on a later day). Without the demo profile it
 * refuses to start: it must never fill a real database.
 */
@Component
@Profile("volume")
@Order(100)
class DemoVolume implements ApplicationRunner {

	/**
	 * The tag of the profile's accounts:
	 * {@code coordinator-volume-jz01@voorbeeld.invalid}.
	 */
	static final String TAG = "volume";

	private static final Logger log = LoggerFactory.getLogger(DemoVolume.class);

	/**
	 * Runs before any bean is made (before Flyway touches the database): the volume
	 * profile is for the demo only.
	 */
	@Bean
	static BeanFactoryPostProcessor volumeOnlyWithTheDemo(Environment environment) {
		return (beanFactory) -> {
			if (!environment.acceptsProfiles(Profiles.of("demo"))) {
				throw new IllegalStateException(
						"The 'volume' profile fills the database with made-up data and works only together with the "
								+ "'demo' profile (--spring.profiles.active=demo,volume); it is not started on "
								+ "any other database.");
			}
		};
	}

	private final VolumeData data;

	private final Clock clock;

	DemoVolume(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.data = new VolumeData(jdbc, transactionManager);
		this.clock = clock;
	}

	/** Runs after the demo's own data runners ({@code @Order} 0 to 6). */
	@Override
	public void run(ApplicationArguments args) {
		make(this.data, this.clock);
	}

	static void make(VolumeData data, Clock clock) {
		if (data.made(TAG)) {
			log.info("Volume data was made today already: nothing to add");
			return;
		}
		long start = System.nanoTime();
		VolumeData.Counts counts = data.make(VolumeData.Volume.TEN_TIMES, TAG, LocalDate.now(clock), clock.instant());
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		log.info(
				"Volume data made in {} ms: {} trajectories, {} meetings, {} registrations, {} actions, {} survey answers in {} responses",
				took.toMillis(), counts.trajectories(), counts.meetings(), counts.registrations(), counts.actions(),
				counts.answers(), counts.responses());
	}

}
