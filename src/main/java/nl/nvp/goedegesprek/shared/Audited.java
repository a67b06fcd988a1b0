package nl.nvp.goedegesprek.shared;

import java.time.Instant;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Who made and last changed an entity that people edit, and when (columns created_at,
 * created_by, changed_at, changed_by; the account ids come from the logged-in person).
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class Audited {

	@CreatedDate
	private Instant createdAt;

	@CreatedBy
	private Long createdBy;

	@LastModifiedDate
	private Instant changedAt;

	@LastModifiedBy
	private Long changedBy;

	/**
	 * Marks the entity changed when only what it holds changed (a step of a trajectory,
	 * say), which would otherwise leave its row, and so "last changed", untouched; the
	 * auditing listener then sets the time and the person as for any change.
	 */
	protected void touch(Instant now) {
		this.changedAt = now;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public Long getChangedBy() {
		return this.changedBy;
	}

}
