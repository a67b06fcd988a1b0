package nl.nvp.goedegesprek.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

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

	LoginThrottle(DataSource dataSource,
			@Value("${goedegesprek.login-throttle.account-slow-after}") int accountSlowAfter,
			@Value("${goedegesprek.login-throttle.account-slow-interval}") Duration accountSlowInterval,
			@Value("${goedegesprek.login-throttle.account-block-after}") int accountBlockAfter,
			@Value("${goedegesprek.login-throttle.account-block-period}") Duration accountBlockPeriod,
			@Value("${goedegesprek.login-throttle.address-slow-after}") int addressSlowAfter,
			@Value("${goedegesprek.login-throttle.address-slow-interval}") Duration addressSlowInterval,
			@Value("${goedegesprek.login-throttle.address-block-after}") int addressBlockAfter,
			@Value("${goedegesprek.login-throttle.address-block-period}") Duration addressBlockPeriod) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("login_throttle")
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
			.build();
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
		return "account:" + sha256((email != null) ? email.trim().toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + sha256((address != null) ? address : "");
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
