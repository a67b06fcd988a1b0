package nl.nvp.goedegesprek.meeting.registration;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A personal link to a registration, as the hash of its token. It works until the day
 * after the meeting, unless it ended before: a newer link replaced it, or the
 * registration was cancelled. A registration has one working link at a time.
 */
@Entity
public class RegistrationLink {

	/** Why a link stopped working before its time. */
	enum End {

		/** A newer link (in a newer mail) took its place. */
		REPLACED,
		/** The registration was cancelled. */
		CANCELLED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "registration_id")
	private Registration registration;

	private String tokenHash;

	private Instant expiresAt;

	private Instant endedAt;

	@Enumerated(EnumType.STRING)
	private End endReason;

	protected RegistrationLink() {
	}

	public RegistrationLink(Registration registration, String tokenHash, Instant expiresAt) {
		this.registration = registration;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	/**
	 * A link works until the day after the meeting, as the meeting is planned now: moving
	 * the meeting moves the end of its links too.
	 */
	boolean isValid(Instant now, ZoneId zone) {
		return now.isBefore(this.registration.getMeeting().linksExpireAt(zone));
	}

	/** Why this link ended before its time; null while it works. */
	End getEndReason() {
		return this.endReason;
	}

	public Registration getRegistration() {
		return this.registration;
	}

}
