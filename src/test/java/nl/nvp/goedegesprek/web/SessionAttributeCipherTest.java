package nl.nvp.goedegesprek.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import nl.nvp.goedegesprek.shared.KeyedHash;
import org.junit.jupiter.api.Test;

import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttributeCipherTest {

	private static final String SESSION = "a".repeat(64);

	private static final String OTHER_SESSION = "b".repeat(64);

	private static final String CONTEXT = "SPRING_SECURITY_CONTEXT";

	private static SessionAttributeCipher cipher(String secret) throws Exception {
		KeyedHash hash = ReflectionUtils.accessibleConstructor(KeyedHash.class, String.class).newInstance(secret);
		return new SessionAttributeCipher(hash, SessionAttributeCipherTest.class.getClassLoader());
	}

	@Test
	void anAttributeIsStoredUnreadableAndReadBackWithTheSameSecret() throws Exception {
		SessionAttributeCipher cipher = cipher("een-geheim-van-minstens-32-tekens-lang");
		String link = "https://goedegesprek.example/uitnodiging/Abc123-geheim";
		byte[] stored = cipher.seal(SESSION, "link", link);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("uitnodiging")
			.doesNotContain("Abc123");
		assertThat(cipher.open(SESSION, "link", stored)).isEqualTo(link);
		// A fresh IV for every write.
		assertThat(cipher.seal(SESSION, "link", link)).isNotEqualTo(stored);
	}

	@Test
	void aChangedRowOrAnotherSecretReadsAsAbsent() throws Exception {
		SessionAttributeCipher cipher = cipher("een-geheim-van-minstens-32-tekens-lang");
		byte[] stored = cipher.seal(SESSION, CONTEXT, "ingelogd");
		byte[] changed = Arrays.copyOf(stored, stored.length);
		changed[changed.length - 1] ^= 1;
		assertThat(cipher.open(SESSION, CONTEXT, changed)).isNull();
		assertThat(cipher("een-ander-geheim-van-minstens-32-tekens").open(SESSION, CONTEXT, stored)).isNull();
	}

	/**
	 * Whoever can write the session table but has not the secret copies a coordinator's
	 * sealed security context into their own session's row, or under another name: it
	 * does not open there.
	 */
	@Test
	void anAttributeMovedToAnotherSessionOrNameReadsAsAbsent() throws Exception {
		SessionAttributeCipher cipher = cipher("een-geheim-van-minstens-32-tekens-lang");
		byte[] coordinators = cipher.seal(SESSION, CONTEXT, "ingelogd als coördinator");
		assertThat(cipher.open(OTHER_SESSION, CONTEXT, coordinators)).isNull();
		assertThat(cipher.open(SESSION, "org.springframework.security.web.csrf.CSRF_TOKEN", coordinators)).isNull();
		assertThat(cipher.open(SESSION, CONTEXT, coordinators)).isEqualTo("ingelogd als coördinator");
	}

	@Test
	void springSessionStoresOnlySealedBytes() {
		var conversions = SessionAttributeCipher.sealedBytesOnly();
		byte[] sealed = { 1, 2, 3 };
		assertThat(conversions.convert(sealed, byte[].class)).isSameAs(sealed);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> conversions.convert((Object) "niet verzegeld", byte[].class))
			.hasRootCauseInstanceOf(IllegalArgumentException.class);
	}

}
