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
