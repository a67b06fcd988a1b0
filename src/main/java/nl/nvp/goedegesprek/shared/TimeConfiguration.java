package nl.nvp.goedegesprek.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock: Dutch time, so that "today" is the day people in the
 * Netherlands see.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
