package nl.nvp.goedegesprek.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes and checks one-time password links: 256 random bits, sent as text, stored as a
 * SHA-256 hash so that a copy of the database does not hold working links.
 */
@Component
class OneTimeLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final InvitationRepository repository;

	private final Clock clock;

	private final Duration validity;

	private final String baseUrl;

	OneTimeLinks(InvitationRepository repository, Clock clock,
			@Value("${goedegesprek.invitation-validity}") Duration validity,
			@Value("${goedegesprek.base-url}") String baseUrl) {
		this.repository = repository;
		this.clock = clock;
		this.validity = validity;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	InvitationLink issue(Long accountId, Invitation.Purpose purpose) {
		Instant now = this.clock.instant();
		if (accountId != null) {
			this.repository.findOpenForAccount(accountId, now).forEach((open) -> open.revoke(now));
		}
		else {
			this.repository.findOpenSetups(now).forEach((open) -> open.revoke(now));
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = now.plus(this.validity);
		this.repository.save(new Invitation(accountId, purpose, hash(token), now, expiresAt));
		String path = (purpose == Invitation.Purpose.SETUP) ? "/instellen/" : "/uitnodiging/";
		return new InvitationLink(this.baseUrl + path + token, expiresAt);
	}

	Optional<Invitation> findUsable(String token, Invitation.Purpose... purposes) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.repository.findByTokenHash(hash(token))
			.filter((invitation) -> invitation.isUsable(now))
			.filter((invitation) -> java.util.Arrays.asList(purposes).contains(invitation.getPurpose()));
	}

	Instant now() {
		return this.clock.instant();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
