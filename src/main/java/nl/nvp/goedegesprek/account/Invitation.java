package nl.nvp.goedegesprek.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link with which someone sets a password: an invitation to a new account, a
 * reset, or the set-up of the very first account. Only the token's hash is kept.
 */
@Entity
@Table(name = "account_invitation")
class Invitation {

	enum Purpose {

		INVITATION, RESET, SETUP

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected Invitation() {
	}

	Invitation(Long accountId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	/** Ends the link without it having been used (a newer link replaces it). */
	void revoke(Instant now) {
		if (this.usedAt == null) {
			this.expiresAt = now;
		}
	}

	Long getId() {
		return this.id;
	}

	String getTokenHash() {
		return this.tokenHash;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Long getAccountId() {
		return this.accountId;
	}

	Purpose getPurpose() {
		return this.purpose;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
