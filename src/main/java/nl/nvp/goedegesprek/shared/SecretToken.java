package nl.nvp.goedegesprek.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret part of a personal link: 256 random bits as URL-safe text. Only its SHA-256
 * hash is stored, so a copy of the database holds no working links.
 */
public record SecretToken(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public static SecretToken generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	public String hash() {
		return sha256(this.value);
	}

	/**
	 * The hex SHA-256 of any text: for tokens, and for keys that must not hold personal
	 * data.
	 */
	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Tokens are 43 characters; anything much longer is not one and is not looked up. */
	public static boolean plausible(String text) {
		return text != null && text.length() <= 100;
	}

	@Override
	public String toString() {
		return "SecretToken[…]";
	}

}
