package nl.nvp.goedegesprek.actionplan.plan;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A policymaker's comment on a version of the plan (on the plan, or on one action), or a
 * coordinator's answer to one. Comments stay: they are the plan's history.
 */
@Entity
class PlanComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long versionId;

	private Long actionId;

	private Long replyTo;

	private long authorId;

	private String text;

	private Instant createdAt;

	protected PlanComment() {
	}

	PlanComment(long versionId, Long actionId, Long replyTo, long authorId, String text, Instant createdAt) {
		this.versionId = versionId;
		this.actionId = actionId;
		this.replyTo = replyTo;
		this.authorId = authorId;
		this.text = text;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersionId() {
		return this.versionId;
	}

	public Long getActionId() {
		return this.actionId;
	}

	public Long getReplyTo() {
		return this.replyTo;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public String getText() {
		return this.text;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
