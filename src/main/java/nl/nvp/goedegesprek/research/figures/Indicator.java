package nl.nvp.goedegesprek.research.figures;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * Something a region counts (number of foster children, say). From the national
 * catalogue, or added by one trajectory.
 */
@Entity
class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String unit;

	private String description;

	/** The trajectory that added it; null for the national catalogue. */
	private Long trajectoryId;

	@Version
	private long version;

	protected Indicator() {
	}

	/** A catalogue indicator (trajectory null) or one trajectory's own. */
	Indicator(String name, String unit, String description, Long trajectoryId) {
		describe(name, unit, description);
		this.trajectoryId = trajectoryId;
	}

	void describe(String name, String unit, String description) {
		this.name = name;
		this.unit = unit;
		this.description = description;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getUnit() {
		return this.unit;
	}

	public String getDescription() {
		return this.description;
	}

	public Long getTrajectoryId() {
		return this.trajectoryId;
	}

}
