package nl.nvp.goedegesprek.project.codebook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.shared.Audited;

/**
 * A theme in a national project's codebook (decision 47): a name unique within the
 * project (whatever its case) and what it covers.
 */
@Entity
class ProjectTheme extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long trajectoryId;

	private String name;

	private String description;

	@Version
	private long version;

	protected ProjectTheme() {
	}

	ProjectTheme(long trajectoryId) {
		this.trajectoryId = trajectoryId;
	}

	void describe(String name, String description) {
		this.name = name.strip();
		this.description = (description == null || description.isBlank()) ? null : description.strip();
	}

	Long getId() {
		return this.id;
	}

	long getTrajectoryId() {
		return this.trajectoryId;
	}

	String getName() {
		return this.name;
	}

	String getDescription() {
		return this.description;
	}

	long getVersion() {
		return this.version;
	}

}
