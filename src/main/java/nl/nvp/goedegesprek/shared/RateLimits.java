package nl.nvp.goedegesprek.shared;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.stereotype.Component;

/**
 * Rate limits: Bucket4j token buckets kept in PostgreSQL (table login_throttle), so that
 * a limit holds across application instances. A bucket is named by a purpose and the
 * keyed hash ({@link KeyedHash}) of what it limits (an address, an e-mail address, a
 * link), so the table holds nothing that someone without the secret can trace back by
 * trying candidates. A row expires as soon as its bucket would be full again (it then
 * holds nothing a fresh bucket would not) and {@link RateLimitCleanup} removes it.
 */
@Component
public class RateLimits {

	private static final int MAXIMUM_PURPOSE_LENGTH = 15;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final KeyedHash hash;

	RateLimits(DataSource dataSource, KeyedHash hash) {
		this.hash = hash;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("login_throttle")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/**
	 * The bucket for this purpose (a short word, such as "survey") and subject (what is
	 * limited: an address, an e-mail address, a link's token).
	 */
	public BucketProxy bucket(String purpose, String subject, BucketConfiguration configuration) {
		return this.buckets.builder().build(key(purpose, subject), () -> configuration);
	}

	/** Forgets a bucket, as if it were full. */
	public void forget(String purpose, String subject) {
		this.buckets.removeProxy(key(purpose, subject));
	}

	/** The row's key: the purpose and the keyed hash of the subject. */
	public String key(String purpose, String subject) {
		if (purpose.length() > MAXIMUM_PURPOSE_LENGTH) {
			throw new IllegalArgumentException("A purpose has at most " + MAXIMUM_PURPOSE_LENGTH + " characters");
		}
		return purpose + ":" + this.hash.hex("rate-limit-" + purpose, (subject != null) ? subject : "");
	}

	/** Removes expired rows, a batch at a time; the number removed. */
	int removeExpired(int batchSize) {
		return this.buckets.removeExpired(batchSize);
	}

}
