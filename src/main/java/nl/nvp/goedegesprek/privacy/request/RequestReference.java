package nl.nvp.goedegesprek.privacy.request;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.nvp.goedegesprek.privacy.DataSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reference of a data request in the access log: a keyed hash (HMAC-SHA256) of the
 * e-mail address, so that the steps of one request belong together and, given the
 * address, one can check that a request was handled; without the key the log does not
 * give the address back. The key comes from {@code goedegesprek.data-requests.key}
 * (environment {@code GG_DATA_REQUEST_KEY}); without one, a random key holds until the
 * application restarts.
 */
@Component
class RequestReference {

	private static final Logger log = LoggerFactory.getLogger(RequestReference.class);

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	RequestReference(@Value("${goedegesprek.data-requests.key:}") String key) {
		byte[] secret;
		if (key.isBlank()) {
			log.warn("No goedegesprek.data-requests.key set: data request references hold until restart");
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
		}
		else {
			secret = key.getBytes(StandardCharsets.UTF_8);
		}
		this.key = new SecretKeySpec(secret, ALGORITHM);
	}

	/** A positive number, the same for the same address (without case) and key. */
	long of(DataSubject subject) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			byte[] hash = mac.doFinal(subject.email().getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(hash).getLong() & Long.MAX_VALUE;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
