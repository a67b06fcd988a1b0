package nl.nvp.goedegesprek.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import nl.nvp.goedegesprek.shared.KeyedHash;
import org.junit.jupiter.api.Test;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttributeCipherTest {

	private static final TypeDescriptor OBJECT = TypeDescriptor.valueOf(Object.class);

	private static final TypeDescriptor BYTES = TypeDescriptor.valueOf(byte[].class);

	private static ConversionService conversions(String secret) throws Exception {
		KeyedHash hash = ReflectionUtils.accessibleConstructor(KeyedHash.class, String.class).newInstance(secret);
		return new SessionAttributeCipher(hash, SessionAttributeCipherTest.class.getClassLoader()).conversionService();
	}

	@Test
	void anAttributeIsStoredUnreadableAndReadBackWithTheSameSecret() throws Exception {
		ConversionService conversions = conversions("een-geheim-van-minstens-32-tekens-lang");
		String link = "https://goedegesprek.example/uitnodiging/Abc123-geheim";
		byte[] stored = (byte[]) conversions.convert(link, OBJECT, BYTES);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("uitnodiging")
			.doesNotContain("Abc123");
		assertThat(conversions.convert(stored, BYTES, OBJECT)).isEqualTo(link);
		// A fresh IV for every write.
		assertThat((byte[]) conversions.convert(link, OBJECT, BYTES)).isNotEqualTo(stored);
	}

	@Test
	void aChangedRowOrAnotherSecretReadsAsAbsent() throws Exception {
		ConversionService conversions = conversions("een-geheim-van-minstens-32-tekens-lang");
		byte[] stored = (byte[]) conversions.convert("ingelogd", OBJECT, BYTES);
		byte[] changed = Arrays.copyOf(stored, stored.length);
		changed[changed.length - 1] ^= 1;
		assertThat(conversions.convert(changed, BYTES, OBJECT)).isNull();
		assertThat(conversions("een-ander-geheim-van-minstens-32-tekens").convert(stored, BYTES, OBJECT)).isNull();
	}

}
