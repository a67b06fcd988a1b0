package nl.nvp.goedegesprek.privacy.request;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.shared.KeyedHash;

import org.springframework.stereotype.Component;

/**
 * The reference of a data request in the access log: a keyed hash (HMAC-SHA256 with the
 * application's secret, {@link KeyedHash}) of the e-mail address, so that the steps of
 * one request belong together and, given the address, one can check that a request was
 * handled; without the secret the log does not give the address back.
 */
@Component
class RequestReference {

	private final KeyedHash hashes;

	RequestReference(KeyedHash hashes) {
		this.hashes = hashes;
	}

	/** A positive number, the same for the same address (without case) and secret. */
	long of(DataSubject subject) {
		byte[] hash = this.hashes.mac("request", subject.email().getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.wrap(hash).getLong() & Long.MAX_VALUE;
	}

}
