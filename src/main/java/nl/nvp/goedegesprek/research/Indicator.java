package nl.nvp.goedegesprek.research;

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

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getUnit() {
		return this.unit;
	}

	String getDescription() {
		return this.description;
	}

	Long getTrajectoryId() {
		return this.trajectoryId;
	}

}
