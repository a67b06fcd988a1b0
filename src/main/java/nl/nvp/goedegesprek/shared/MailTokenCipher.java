package nl.nvp.goedegesprek.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

/**
 * Seals the raw token of a personal link while its mail waits in the outbox
 * ({@link SealedText}), with the outbox row's id as associated data, so that a copy of
 * the database holds no working link and a sealed token moved to another row does not
 * open.
 */
@Component
class MailTokenCipher {

	private final SealedText sealed;

	MailTokenCipher(KeyedHash hash) {
		this.sealed = new SealedText(hash, "mail-outbox-token");
	}

	byte[] seal(long rowId, String token) {
		return this.sealed.seal(associated(rowId), token);
	}

	/** The token, or null when there is none or it does not open with this key. */
	String open(long rowId, byte[] sealed) {
		return this.sealed.open(associated(rowId), sealed);
	}

	private static byte[] associated(long rowId) {
		return ("mail_outbox:" + rowId).getBytes(StandardCharsets.UTF_8);
	}

}
