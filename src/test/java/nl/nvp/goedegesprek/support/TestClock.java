package nl.nvp.goedegesprek.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The application's clock in tests: Dutch time that runs as usual, unless a test sets it
 * to a moment (and resets it afterwards), so that rules about a meeting's start and end
 * can be tested at the moment they matter.
 */
public class TestClock extends Clock {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private volatile Instant fixed;

	/** From now on the clock stands still at this moment, Dutch time. */
	public void set(LocalDateTime dutchTime) {
		this.fixed = dutchTime.atZone(ZONE).toInstant();
	}

	/** The clock runs as usual again. */
	public void reset() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		Instant at = this.fixed;
		return (at != null) ? Clock.fixed(at, zone) : Clock.system(zone);
	}

	@Override
	public Instant instant() {
		Instant at = this.fixed;
		return (at != null) ? at : Instant.now();
	}

}
