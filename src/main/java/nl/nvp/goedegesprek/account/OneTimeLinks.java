package nl.nvp.goedegesprek.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes and checks one-time password links: 256 random bits, sent as text, stored as a
 * SHA-256 hash so that a copy of the database does not hold working links.
 */
@Component
class OneTimeLinks {

	/** How long after a link a new one for the same account is not made. */
	static final Duration RESEND_PAUSE = Duration.ofMinutes(1);

	private final InvitationRepository repository;

	private final Clock clock;

	private final Duration validity;

	private final PublicUrls urls;

	OneTimeLinks(InvitationRepository repository, Clock clock,
			@Value("${goedegesprek.invitation-validity}") Duration validity, PublicUrls urls) {
		this.repository = repository;
		this.clock = clock;
		this.validity = validity;
		this.urls = urls;
	}

	InvitationLink issue(Long accountId, Invitation.Purpose purpose) {
		Instant now = this.clock.instant();
		if (accountId != null) {
			this.repository.findOpenForAccount(accountId, now).forEach((open) -> open.revoke(now));
		}
		else {
			this.repository.findOpenSetups(now).forEach((open) -> open.revoke(now));
		}
		SecretToken token = SecretToken.generate();
		Instant expiresAt = now.plus(this.validity);
		Invitation invitation = this.repository.save(new Invitation(accountId, purpose, token.hash(), now, expiresAt));
		return new InvitationLink(invitation.getId(), token.value(), url(purpose, token.value()), expiresAt);
	}

	/** The address of a link with this token. */
	String url(Invitation.Purpose purpose, String token) {
		String path = (purpose == Invitation.Purpose.SETUP) ? "/instellen/" : "/uitnodiging/";
		return this.urls.of(path + token);
	}

	/**
	 * Whether a link for this account was made less than {@link #RESEND_PAUSE} ago: a
	 * coordinator cannot flood someone's inbox by asking again and again.
	 */
	boolean issuedRecently(long accountId) {
		Instant now = this.clock.instant();
		return this.repository.findFirstByAccountIdOrderByCreatedAtDesc(accountId)
			.filter((last) -> last.getCreatedAt().isAfter(now.minus(RESEND_PAUSE)))
			.isPresent();
	}

	Optional<Invitation> findUsable(String token, Invitation.Purpose... purposes) {
		return usable(token, false, purposes);
	}

	/**
	 * The same, with the link's row locked until the transaction ends, to use it: the
	 * form sent twice (or from two tabs) uses it once, and the second finds it used
	 * (decision 28).
	 */
	Optional<Invitation> findUsableToUse(String token, Invitation.Purpose... purposes) {
		return usable(token, true, purposes);
	}

	private Optional<Invitation> usable(String token, boolean locked, Invitation.Purpose... purposes) {
		if (!SecretToken.plausible(token)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		String hash = new SecretToken(token).hash();
		return (locked ? this.repository.lockByTokenHash(hash) : this.repository.findByTokenHash(hash))
			.filter((invitation) -> invitation.isUsable(now))
			.filter((invitation) -> Arrays.asList(purposes).contains(invitation.getPurpose()));
	}

	Instant now() {
		return this.clock.instant();
	}

}
