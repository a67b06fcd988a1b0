package nl.nvp.goedegesprek.web;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import nl.nvp.goedegesprek.shared.KeyedHash;

import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How a session attribute is stored: Java-serialized (as Spring Session does) and then
 * encrypted with AES-256-GCM under a key derived from {@code goedegesprek.hash-key}. A
 * session carries for a moment what must not rest readable in the database: the logged-in
 * person's name and e-mail address, a flash message with a freshly made one-time link or
 * the address someone typed. A copy of the table without the secret shows none of it, and
 * a changed row is refused (GCM checks it). An attribute that cannot be read (the secret
 * was changed, say) counts as absent: the person is logged out, never shown an error.
 */
final class SessionAttributeCipher {

	private static final String PURPOSE = "session-attributes";

	private static final int IV = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	private final SerializingConverter serializer = new SerializingConverter();

	private final DeserializingConverter deserializer;

	SessionAttributeCipher(KeyedHash hash, ClassLoader classLoader) {
		this.key = new SecretKeySpec(hash.mac(PURPOSE, new byte[0]), "AES");
		this.deserializer = new DeserializingConverter(classLoader);
	}

	/** The conversions Spring Session JDBC uses to write and read attributes. */
	GenericConversionService conversionService() {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, (value) -> encrypt(this.serializer.convert(value)));
		conversions.addConverter(byte[].class, Object.class, (bytes) -> {
			byte[] plain = decrypt(bytes);
			return (plain != null) ? this.deserializer.convert(plain) : null;
		});
		return conversions;
	}

	byte[] encrypt(byte[] plain) {
		try {
			byte[] iv = new byte[IV];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(IV + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain bytes, or null when these were not sealed with this key. */
	byte[] decrypt(byte[] stored) {
		if (stored == null || stored.length <= IV) {
			return null;
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, stored, 0, IV));
			return cipher.doFinal(stored, IV, stored.length - IV);
		}
		catch (GeneralSecurityException ex) {
			return null;
		}
	}

}
