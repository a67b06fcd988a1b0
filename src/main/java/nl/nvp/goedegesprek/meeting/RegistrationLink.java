package nl.nvp.goedegesprek.meeting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A personal link to a registration, as the hash of its token. It works until the day
 * after the meeting.
 */
@Entity
class RegistrationLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "registration_id")
	private Registration registration;

	private String tokenHash;

	private Instant expiresAt;

	protected RegistrationLink() {
	}

	RegistrationLink(Registration registration, String tokenHash, Instant expiresAt) {
		this.registration = registration;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	boolean isValid(Instant now) {
		return now.isBefore(this.expiresAt);
	}

	Registration getRegistration() {
		return this.registration;
	}

}
