package nl.nvp.goedegesprek.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * a changed row is refused (GCM checks it). The stored session id and the attribute's
 * name are the associated data, so an attribute copied to another session or another name
 * (a security context moved into someone else's session row) is refused as well. An
 * attribute that cannot be read (the secret was changed, say) counts as absent: the
 * person is logged out, never shown an error.
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

	/**
	 * The conversions Spring Session JDBC uses to write and read attributes: none,
	 * because {@link HashedSessionIds} seals each attribute before Spring Session sees it
	 * (the conversion service is not told which session and attribute a value belongs
	 * to).
	 */
	static GenericConversionService sealedBytesOnly() {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, (value) -> {
			if (value instanceof byte[] sealed) {
				return sealed;
			}
			throw new IllegalArgumentException("A session attribute is sealed before it is stored");
		});
		conversions.addConverter(byte[].class, Object.class, (bytes) -> bytes);
		return conversions;
	}

	/**
	 * The attribute's value, serialized and sealed for this stored session id and name.
	 */
	byte[] seal(String storedSessionId, String name, Object value) {
		return encrypt(this.serializer.convert(value), associatedData(storedSessionId, name));
	}

	/**
	 * The attribute's value, or null when it was not sealed with this key for this stored
	 * session id and name.
	 */
	Object open(String storedSessionId, String name, Object stored) {
		if (!(stored instanceof byte[] bytes)) {
			return null;
		}
		byte[] plain = decrypt(bytes, associatedData(storedSessionId, name));
		return (plain != null) ? this.deserializer.convert(plain) : null;
	}

	private static byte[] associatedData(String storedSessionId, String name) {
		// The id is fixed-length hex, so "id:name" cannot be read two ways.
		return (storedSessionId + ":" + name).getBytes(StandardCharsets.UTF_8);
	}

	byte[] encrypt(byte[] plain, byte[] associatedData) {
		try {
			byte[] iv = new byte[IV];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(associatedData);
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(IV + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain bytes, or null when these were not sealed with this key and data. */
	byte[] decrypt(byte[] stored, byte[] associatedData) {
		if (stored == null || stored.length <= IV) {
			return null;
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, stored, 0, IV));
			cipher.updateAAD(associatedData);
			return cipher.doFinal(stored, IV, stored.length - IV);
		}
		catch (GeneralSecurityException ex) {
			return null;
		}
	}

}
