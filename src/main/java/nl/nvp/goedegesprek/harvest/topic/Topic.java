package nl.nvp.goedegesprek.harvest.topic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.shared.Audited;

/**
 * Something a region talks about (matching, the position of parents, ...). In the
 * national catalogue, or a trajectory's own until a national coordinator takes it into
 * the catalogue.
 */
@Entity
public class Topic extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String description;

	/** The trajectory that added it; null for the national catalogue. */
	private Long trajectoryId;

	@Version
	private long version;

	protected Topic() {
	}

	Topic(String name, String description, Long trajectoryId) {
		describe(name, description);
		this.trajectoryId = trajectoryId;
	}

	void describe(String name, String description) {
		this.name = name;
		this.description = description;
	}

	/** Taken into the national catalogue, so that other regions can choose it too. */
	void promote() {
		this.trajectoryId = null;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public Long getTrajectoryId() {
		return this.trajectoryId;
	}

	public boolean isInCatalogue() {
		return this.trajectoryId == null;
	}

	public long getVersion() {
		return this.version;
	}

}
