package nl.nvp.goedegesprek.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

	/**
	 * Today in the Netherlands, by the real time: what a test means by "today" when it
	 * plans a meeting for tomorrow or yesterday. Not the JVM's date: between midnight in
	 * Amsterdam and midnight UTC the two differ, and a meeting "yesterday" by UTC is then
	 * two days ago by the application's rules.
	 */
	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

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
