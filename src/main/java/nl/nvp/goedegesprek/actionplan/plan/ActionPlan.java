package nl.nvp.goedegesprek.actionplan.plan;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.shared.Audited;

/**
 * A trajectory's action plan: its introduction and whether its adopted version is a
 * public page. The actions themselves live with the trajectory; a version freezes them.
 */
@Entity
class ActionPlan extends Audited {

	@Id
	private Long trajectoryId;

	private String introduction;

	private boolean publicPage;

	private UUID publicId;

	@Version
	private long version;

	protected ActionPlan() {
	}

	ActionPlan(long trajectoryId) {
		this.trajectoryId = trajectoryId;
		this.publicId = UUID.randomUUID();
	}

	void describe(String introduction, boolean publicPage) {
		this.introduction = introduction;
		this.publicPage = publicPage;
	}

	/** Whether the plan holds this introduction and choice already. */
	boolean holds(String introduction, boolean publicPage) {
		return Objects.equals(this.introduction, introduction) && this.publicPage == publicPage;
	}

	public Long getTrajectoryId() {
		return this.trajectoryId;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public boolean isPublicPage() {
		return this.publicPage;
	}

	public UUID getPublicId() {
		return this.publicId;
	}

	public long getVersion() {
		return this.version;
	}

}
