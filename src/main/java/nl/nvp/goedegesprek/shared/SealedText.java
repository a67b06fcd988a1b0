package nl.nvp.goedegesprek.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a short text that must be kept for a while but must not be readable from a
 * copy of the database (a personal link waiting to be mailed, a redirect that holds one):
 * AES-256-GCM under a key derived from {@code goedegesprek.hash-key} for one purpose,
 * bound to the row it belongs to by associated data, so that a sealed text copied to
 * another row does not open. A text that does not open (the secret was changed) counts as
 * absent.
 */
public final class SealedText {

	private static final int IV = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	/** A sealer for one purpose (a word without a colon). */
	public SealedText(KeyedHash hash, String purpose) {
		this.key = new SecretKeySpec(hash.mac(purpose, new byte[0]), "AES");
	}

	public byte[] seal(byte[] associated, String text) {
		try {
			byte[] iv = new byte[IV];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(associated);
			byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(IV + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The text, or null when there is none or it does not open with this key. */
	public String open(byte[] associated, byte[] sealed) {
		if (sealed == null || sealed.length <= IV) {
			return null;
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV));
			cipher.updateAAD(associated);
			return new String(cipher.doFinal(sealed, IV, sealed.length - IV), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			return null;
		}
	}

}
