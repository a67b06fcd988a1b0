package nl.nvp.goedegesprek.harvest.hostlink;

import java.time.Instant;
import java.util.Objects;

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
 * A link with which a table host enters harvest for one trajectory (and meeting) without
 * an account. Only the hash of its token is kept. It works until it expires or a
 * coordinator revokes it (or makes a new one for the same table and meeting).
 */
@Entity
@Table(name = "harvest_entry_link")
@EntityListeners(AuditingEntityListener.class)
class HostLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long trajectoryId;

	private Long meetingId;

	private String label;

	private String tokenHash;

	private Instant expiresAt;

	@CreatedDate
	private Instant createdAt;

	@CreatedBy
	private Long createdBy;

	private Instant revokedAt;

	private Long revokedBy;

	protected HostLink() {
	}

	HostLink(long trajectoryId, Long meetingId, String label, String tokenHash, Instant expiresAt) {
		this.trajectoryId = trajectoryId;
		this.meetingId = meetingId;
		this.label = label;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	boolean isValid(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	/** Revokes the link; revoking twice keeps the first moment. */
	void revoke(Instant now, long accountId) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
			this.revokedBy = accountId;
		}
	}

	/** Whether this link is for the same table and meeting (the label in any case). */
	boolean isFor(String label, Long meetingId) {
		return this.label.equalsIgnoreCase(label) && Objects.equals(this.meetingId, meetingId);
	}

	Long getId() {
		return this.id;
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

	Instant getRevokedAt() {
		return this.revokedAt;
	}

	public long getTrajectoryId() {
		return this.trajectoryId;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public String getLabel() {
		return this.label;
	}

}
