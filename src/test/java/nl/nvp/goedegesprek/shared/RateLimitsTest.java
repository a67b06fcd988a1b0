package nl.nvp.goedegesprek.shared;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rate-limit table (issue 10): rows are named by keyed hashes that cannot be traced
 * back without the secret, and go away once they expire.
 */
@IntegrationTest
class RateLimitsTest {

	private static final BucketConfiguration HOURLY = BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(300).refillGreedy(300, Duration.ofHours(1)))
		.build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RateLimits limits;

	@Autowired
	private RateLimitCleanup cleanup;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Test
	void theTableHoldsNoPlainHashOfTheEmailOrAddressOfALoginAttempt() throws Exception {
		String email = "verzonnen-" + UUID.randomUUID() + "@test.example";
		String address = "10.78." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		this.mvc.perform(
				post("/inloggen").with(csrf()).param("username", email).param("password", "fout").with((request) -> {
					request.setRemoteAddr(address);
					return request;
				}));
		// The attempt left its rows, under keyed hashes of the e-mail and the address.
		assertThat(ids()).contains(this.limits.key("login-account", email), this.limits.key("login-address", address));
		// Nothing in the table is the plain SHA-256 of either (which anyone could compute
		// for a list of candidates), nor the text itself.
		for (String text : List.of(email, address, email.toUpperCase())) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from login_throttle where strpos(id, ?) > 0 or strpos(id, ?) > 0 "
							+ "or position(convert_to(?, 'UTF8') in coalesce(state, ''::bytea)) > 0",
					Integer.class, SecretToken.sha256(text), text, text))
				.isZero();
		}
	}

	@Test
	void theKeyDependsOnTheSecret() {
		RateLimits other = new RateLimits(this.dataSource,
				new KeyedHash("another-secret-that-is-long-enough-0123456789"));
		assertThat(other.key("survey", "token")).isNotEqualTo(this.limits.key("survey", "token"))
			.startsWith("survey:")
			.doesNotContain(SecretToken.sha256("token"));
		assertThat(this.limits.key("survey", "token")).isEqualTo(this.limits.key("survey", "token"));
		assertThat(this.limits.key("host", "token"))
			.isNotEqualTo(this.limits.key("owner", "token").replace("owner", "host"));
	}

	@Test
	void theApplicationDoesNotStartWithoutASecret() {
		assertThatIllegalStateException().isThrownBy(() -> new KeyedHash("")).withMessageContaining("GG_HASH_KEY");
		assertThatIllegalStateException().isThrownBy(() -> new KeyedHash("kort"));
	}

	@Test
	void expiredRowsAreRemovedByTheCleanup() throws Exception {
		String gone = "survey-" + UUID.randomUUID();
		String live = "survey-" + UUID.randomUUID();
		String loginEmail = "verzonnen-" + UUID.randomUUID() + "@test.example";
		this.limits.bucket("survey", gone, HOURLY).tryConsume(300);
		this.limits.bucket("survey", live, HOURLY).tryConsume(300);
		this.mvc.perform(post("/inloggen").with(csrf()).param("username", loginEmail).param("password", "fout"));
		String login = this.limits.key("login-account", loginEmail);
		// A row expires when its bucket would be full again: a survey link's within the
		// hour, a login's within its 30-minute period.
		long now = System.currentTimeMillis();
		assertThat(expiresAt(this.limits.key("survey", gone))).isBetween(now, now + Duration.ofHours(1).toMillis());
		assertThat(expiresAt(login)).isBetween(now, now + Duration.ofMinutes(30).toMillis());
		// An hour and a half later (the clock is moved by moving the rows back).
		long later = Duration.ofMinutes(90).toMillis();
		this.jdbc.update("update login_throttle set expires_at = expires_at - ? where id in (?, ?)", later,
				this.limits.key("survey", gone), login);
		// A row Bucket4j started but never filled in, long ago.
		String abandoned = "survey:" + UUID.randomUUID();
		this.jdbc.update(
				"insert into login_throttle (id, state, created_at) values (?, null, now() - interval '1 hour')",
				abandoned);

		this.cleanup.removeExpired();

		assertThat(ids()).doesNotContain(this.limits.key("survey", gone), login, abandoned)
			.contains(this.limits.key("survey", live));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from login_throttle where expires_at < ? or (expires_at is null and created_at < now() - interval '10 minutes')",
				Integer.class, System.currentTimeMillis()))
			.isZero();
	}

	@Test
	void theMigrationRemovesTheRowsKeyedWithPlainHashes() {
		String old = "account:" + SecretToken.sha256("iemand@test.example");
		this.jdbc.update("insert into login_throttle (id, state, expires_at) values (?, null, null)", old);
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V23__rate_limit_keyed_and_expiring.sql"))
			.execute(this.dataSource);
		assertThat(ids()).doesNotContain(old);
	}

	private List<String> ids() {
		return this.jdbc.queryForList("select id from login_throttle", String.class);
	}

	private long expiresAt(String id) {
		return this.jdbc.queryForObject("select expires_at from login_throttle where id = ?", Long.class, id);
	}

}
