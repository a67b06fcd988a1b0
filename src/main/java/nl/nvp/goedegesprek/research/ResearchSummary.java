package nl.nvp.goedegesprek.research;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * Whether a trajectory's research results are published to the region's policymakers, by
 * whom and since when.
 */
@Entity
class ResearchSummary {

	@Id
	private Long trajectoryId;

	private Instant publishedAt;

	private Long publishedBy;

	@Version
	private long version;

	protected ResearchSummary() {
	}

	ResearchSummary(long trajectoryId) {
		this.trajectoryId = trajectoryId;
	}

	void publish(Instant now, long by) {
		this.publishedAt = now;
		this.publishedBy = by;
	}

	void withdraw() {
		this.publishedAt = null;
		this.publishedBy = null;
	}

	boolean isPublished() {
		return this.publishedAt != null;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	long getVersion() {
		return this.version;
	}

}
