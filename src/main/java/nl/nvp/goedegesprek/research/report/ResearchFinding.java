package nl.nvp.goedegesprek.research.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.shared.Audited;

/**
 * A key finding of the research about one topic, written by a coordinator.
 */
@Entity
class ResearchFinding extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long trajectoryId;

	private String topic;

	private String text;

	@Version
	private long version;

	protected ResearchFinding() {
	}

	ResearchFinding(long trajectoryId, String topic, String text) {
		this.trajectoryId = trajectoryId;
		this.topic = topic;
		this.text = text;
	}

	Long getId() {
		return this.id;
	}

	long getTrajectoryId() {
		return this.trajectoryId;
	}

	String getTopic() {
		return this.topic;
	}

	String getText() {
		return this.text;
	}

}
