package nl.nvp.goedegesprek.research.survey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An audience link that a coordinator replaced: only the SHA-256 hash of its token, so
 * that the old link answers with a kind page ("this link no longer works") and a copy of
 * the database holds no link that works or once worked. Who replaced it, and when, is
 * kept with it.
 */
@Embeddable
class EndedLink {

	@Column(nullable = false)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Audience audience;

	@Column(nullable = false)
	private Instant endedAt;

	private Long endedBy;

	protected EndedLink() {
	}

	EndedLink(String tokenHash, Audience audience, Instant endedAt, Long endedBy) {
		this.tokenHash = tokenHash;
		this.audience = audience;
		this.endedAt = endedAt;
		this.endedBy = endedBy;
	}

	boolean is(Audience audience, String tokenHash) {
		return this.audience == audience && this.tokenHash.equals(tokenHash);
	}

	Audience getAudience() {
		return this.audience;
	}

	Instant getEndedAt() {
		return this.endedAt;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EndedLink ended && this.tokenHash.equals(ended.tokenHash);
	}

	@Override
	public int hashCode() {
		return this.tokenHash.hashCode();
	}

}
