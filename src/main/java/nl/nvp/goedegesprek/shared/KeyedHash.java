package nl.nvp.goedegesprek.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256) with the application's secret {@code goedegesprek.hash-key}:
 * for names that must not reveal what they stand for (an e-mail or IP address in a
 * rate-limit key) even to someone who tries every candidate, and for signatures the
 * application checks itself (the login device cookie). Without the secret, or with a
 * short one, the application does not start.
 */
@Component
public class KeyedHash {

	/** At least 32 characters: the secret must not be guessable either. */
	static final int MINIMUM_LENGTH = 32;

	private final SecretKeySpec key;

	KeyedHash(@Value("${goedegesprek.hash-key:}") String secret) {
		if (secret == null || secret.strip().length() < MINIMUM_LENGTH) {
			throw new IllegalStateException("Set goedegesprek.hash-key (environment variable GG_HASH_KEY) "
					+ "to a random secret of at least " + MINIMUM_LENGTH + " characters");
		}
		this.key = new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/**
	 * The keyed hash of a text, as 64 hexadecimal characters. The purpose (a short word,
	 * no colon) keeps hashes for different uses apart.
	 */
	public String hex(String purpose, String text) {
		return HexFormat.of().formatHex(mac(purpose, text.getBytes(StandardCharsets.UTF_8)));
	}

	/** The keyed hash (32 bytes) of some bytes, for one purpose. */
	public byte[] mac(String purpose, byte[] data) {
		if (purpose.isEmpty() || purpose.indexOf(':') >= 0) {
			throw new IllegalArgumentException("A purpose is a word without a colon");
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(purpose.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) ':');
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
