package nl.nvp.goedegesprek.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Seals the raw token of a personal link while its mail waits in the outbox: AES-256-GCM
 * under a key derived from {@code goedegesprek.hash-key}, with the outbox row's id as
 * associated data, so that a copy of the database holds no working link and a sealed
 * token moved to another row does not open. A token that does not open (the secret was
 * changed) counts as absent.
 */
@Component
class MailTokenCipher {

	private static final String PURPOSE = "mail-outbox-token";

	private static final int IV = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	MailTokenCipher(KeyedHash hash) {
		this.key = new SecretKeySpec(hash.mac(PURPOSE, new byte[0]), "AES");
	}

	byte[] seal(long rowId, String token) {
		try {
			byte[] iv = new byte[IV];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(associated(rowId));
			byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(IV + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The token, or null when there is none or it does not open with this key. */
	String open(long rowId, byte[] sealed) {
		if (sealed == null || sealed.length <= IV) {
			return null;
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV));
			cipher.updateAAD(associated(rowId));
			return new String(cipher.doFinal(sealed, IV, sealed.length - IV), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			return null;
		}
	}

	private static byte[] associated(long rowId) {
		return ("mail_outbox:" + rowId).getBytes(StandardCharsets.UTF_8);
	}

}
