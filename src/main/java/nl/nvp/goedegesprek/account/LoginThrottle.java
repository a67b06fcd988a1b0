package nl.nvp.goedegesprek.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.nvp.goedegesprek.shared.ClientAddress;
import nl.nvp.goedegesprek.shared.RateLimits;

import org.springframework.stereotype.Component;

/**
 * Slows down repeated logins so that whoever guesses passwords slows themselves, not the
 * owner of the account (decision 15). An attempt takes a token, before the password is
 * checked, from:
 * <ul>
 * <li>with a valid device cookie for the account ({@link DeviceCookies}, set at the
 * browser's last successful login): that browser's own bucket, and nothing else;</li>
 * <li>otherwise: the bucket of this account from this client address (an IPv6 address
 * counts by its /48 network), the bucket of this client address for all accounts (against
 * trying one password on many accounts), and the account's bucket for all browsers
 * without its device cookie (against guessing from many addresses).</li>
 * </ul>
 * Each bucket lets a few attempts through at once, then one per interval, and blocks
 * after more within a period. A successful login gives its tokens back and forgets the
 * per-pair and per-device counts. Buckets live in PostgreSQL ({@link RateLimits}, keyed
 * hashes only), so they hold across application instances. Unknown and known accounts are
 * throttled alike, so the answer never tells whether an account exists.
 */
@Component
public class LoginThrottle {

	private static final String ATTEMPT = LoginThrottle.class.getName() + ".attempt";

	private final RateLimits limits;

	private final DeviceCookies devices;

	private final BucketConfiguration pairLimits;

	private final BucketConfiguration addressLimits;

	private final BucketConfiguration accountLimits;

	private final BucketConfiguration deviceLimits;

	private final LoginMetrics metrics;

	LoginThrottle(RateLimits limits, DeviceCookies devices, LoginThrottleSettings settings, LoginMetrics metrics) {
		this.metrics = metrics;
		this.limits = limits;
		this.devices = devices;
		this.pairLimits = configuration(settings.pair());
		this.addressLimits = configuration(settings.address());
		this.accountLimits = configuration(settings.account());
		this.deviceLimits = configuration(settings.device());
	}

	private static BucketConfiguration configuration(LoginThrottleSettings.Limit limit) {
		return BucketConfiguration.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(limit.slowAfter()).refillGreedy(1, limit.slowInterval()))
			.addLimit((bandwidth) -> bandwidth.capacity(limit.blockAfter())
				.refillIntervally(limit.blockAfter(), limit.blockPeriod()))
			.build();
	}

	/** One bucket an attempt counts against. */
	private record Counter(String purpose, String subject, BucketConfiguration configuration,
			boolean forgottenOnSuccess) {
	}

	/** The attempt in progress: who, and what it took. */
	private record Attempt(String email, List<Counter> taken) {
	}

	/**
	 * Takes this login attempt from its buckets (the request's e-mail address, client
	 * address and device cookie decide which), or tells how long to wait before the next
	 * one; a refused attempt takes nothing.
	 */
	public Optional<Duration> tryAttempt(HttpServletRequest request) {
		String email = normalized(request.getParameter("username"));
		List<Counter> counters = this.devices.trusted(request, email)
			.map((device) -> List.of(new Counter("login-device", device, this.deviceLimits, true)))
			.orElseGet(() -> {
				String client = clientAddress(request.getRemoteAddr());
				return List.of(new Counter("login-pair", client + " " + email, this.pairLimits, true),
						new Counter("login-address", client, this.addressLimits, false),
						new Counter("login-account", email, this.accountLimits, false));
			});
		List<Counter> taken = new ArrayList<>();
		for (Counter counter : counters) {
			ConsumptionProbe probe = bucket(counter).tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				taken.forEach((each) -> bucket(each).addTokens(1));
				this.metrics.throttled();
				return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
			taken.add(counter);
		}
		request.setAttribute(ATTEMPT, new Attempt(email, taken));
		return Optional.empty();
	}

	/**
	 * After a successful login: the attempt does not count, the failures of this pair or
	 * device are forgotten, and the browser gets (a fresh) device cookie for the account.
	 */
	public void succeeded(HttpServletRequest request, HttpServletResponse response) {
		if (!(request.getAttribute(ATTEMPT) instanceof Attempt attempt)) {
			return;
		}
		for (Counter counter : attempt.taken()) {
			if (counter.forgottenOnSuccess()) {
				this.limits.forget(counter.purpose(), counter.subject());
			}
			else {
				bucket(counter).addTokens(1);
			}
		}
		this.devices.issue(request, response, attempt.email());
	}

	private BucketProxy bucket(Counter counter) {
		return this.limits.bucket(counter.purpose(), counter.subject(), counter.configuration());
	}

	private static String normalized(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * The client address as throttling counts it ({@link ClientAddress}): IPv6 by its /48
	 * network.
	 */
	static String clientAddress(String remote) {
		return ClientAddress.of(remote);
	}

}
