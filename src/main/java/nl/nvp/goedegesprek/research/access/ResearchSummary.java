package nl.nvp.goedegesprek.research.access;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * Whether a trajectory's research results are published to the region's policymakers, by
 * whom and since when.
 */
@Entity
public class ResearchSummary {

	@Id
	private Long trajectoryId;

	private Instant publishedAt;

	private Long publishedBy;

	/**
	 * When the results were first published; kept when publication is withdrawn, since
	 * from then on they do not change.
	 */
	private Instant firstPublishedAt;

	@Version
	private long version;

	protected ResearchSummary() {
	}

	public ResearchSummary(long trajectoryId) {
		this.trajectoryId = trajectoryId;
	}

	public void publish(Instant now, long by) {
		this.publishedAt = now;
		this.publishedBy = by;
		if (this.firstPublishedAt == null) {
			this.firstPublishedAt = now;
		}
	}

	public void withdraw() {
		this.publishedAt = null;
		this.publishedBy = null;
	}

	public boolean isPublished() {
		return this.publishedAt != null;
	}

	boolean wasEverPublished() {
		return this.firstPublishedAt != null;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
