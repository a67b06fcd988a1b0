package nl.nvp.goedegesprek.project.dialogue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A link with which the facilitator of one dialogue (no account) records its harvest and
 * attendance. Only the hash of its token is kept; it works until a few days after the
 * dialogue, or until a coordinator ends it.
 */
@Entity
@Table(name = "facilitator_link")
@EntityListeners(AuditingEntityListener.class)
class FacilitatorLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long trajectoryId;

	private long meetingId;

	private String label;

	private String tokenHash;

	private Instant expiresAt;

	@CreatedDate
	private Instant createdAt;

	@CreatedBy
	private Long createdBy;

	protected FacilitatorLink() {
	}

	FacilitatorLink(long trajectoryId, long meetingId, String label, String tokenHash, Instant expiresAt) {
		this.trajectoryId = trajectoryId;
		this.meetingId = meetingId;
		this.label = label;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	boolean isValid(Instant now) {
		return now.isBefore(this.expiresAt);
	}

	/**
	 * Ends the link now (the table has no separate column for it); ending twice keeps the
	 * first.
	 */
	void end(Instant now) {
		if (isValid(now)) {
			this.expiresAt = now;
		}
	}

	Long getId() {
		return this.id;
	}

	long getTrajectoryId() {
		return this.trajectoryId;
	}

	long getMeetingId() {
		return this.meetingId;
	}

	String getLabel() {
		return this.label;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Long getCreatedBy() {
		return this.createdBy;
	}

}
