package nl.nvp.goedegesprek.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down and then blocks repeated failed logins, per account and per client address,
 * in PostgreSQL so that it holds across application instances. Keys are hashes: the table
 * never holds an e-mail or IP address. Unknown and known accounts are throttled alike, so
 * the answer never tells whether an account exists.
 */
@Component
public class LoginThrottle {

	private final ProxyManager<String> buckets;

	private final Supplier<BucketConfiguration> accountLimits;

	private final Supplier<BucketConfiguration> addressLimits;

	LoginThrottle(ProxyManager<String> buckets,
			@Value("${goedegesprek.login-throttle.account-slow-after}") int accountSlowAfter,
			@Value("${goedegesprek.login-throttle.account-slow-interval}") Duration accountSlowInterval,
			@Value("${goedegesprek.login-throttle.account-block-after}") int accountBlockAfter,
			@Value("${goedegesprek.login-throttle.account-block-period}") Duration accountBlockPeriod,
			@Value("${goedegesprek.login-throttle.address-slow-after}") int addressSlowAfter,
			@Value("${goedegesprek.login-throttle.address-slow-interval}") Duration addressSlowInterval,
			@Value("${goedegesprek.login-throttle.address-block-after}") int addressBlockAfter,
			@Value("${goedegesprek.login-throttle.address-block-period}") Duration addressBlockPeriod) {
		this.buckets = buckets;
		this.accountLimits = limits(accountSlowAfter, accountSlowInterval, accountBlockAfter, accountBlockPeriod);
		this.addressLimits = limits(addressSlowAfter, addressSlowInterval, addressBlockAfter, addressBlockPeriod);
	}

	private static Supplier<BucketConfiguration> limits(int slowAfter, Duration slowInterval, int blockAfter,
			Duration blockPeriod) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(slowAfter).refillGreedy(1, slowInterval))
			.addLimit((limit) -> limit.capacity(blockAfter).refillIntervally(blockAfter, blockPeriod))
			.build();
		return () -> configuration;
	}

	/**
	 * How long the person must wait before the next attempt, or empty when they may try
	 * now.
	 */
	public Optional<Duration> waitBeforeAttempt(String email, String address) {
		long nanos = Math.max(waitNanos(accountKey(email), this.accountLimits),
				waitNanos(addressKey(address), this.addressLimits));
		return (nanos > 0) ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
	}

	private long waitNanos(String key, Supplier<BucketConfiguration> limits) {
		return this.buckets.builder().build(key, limits).estimateAbilityToConsume(1).getNanosToWaitForRefill();
	}

	/**
	 * Counts a failed login against the account (whether or not it exists) and the
	 * address.
	 */
	public void recordFailure(String email, String address) {
		this.buckets.builder().build(accountKey(email), this.accountLimits).tryConsume(1);
		this.buckets.builder().build(addressKey(address), this.addressLimits).tryConsume(1);
	}

	private static String accountKey(String email) {
		return "account:" + SecretToken.sha256((email != null) ? email.trim().toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + SecretToken.sha256((address != null) ? address : "");
	}

}
