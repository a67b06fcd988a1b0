package nl.nvp.goedegesprek.actionplan.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import nl.nvp.goedegesprek.shared.RuleException;

/**
 * A numbered version of the action plan as it went to the policymakers: the introduction
 * and the actions as they were then. Under review, then adopted or replaced by a later
 * version.
 */
@Entity
class PlanVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long trajectoryId;

	private int number;

	@Enumerated(EnumType.STRING)
	private VersionStatus status = VersionStatus.IN_REVIEW;

	private String introduction;

	private Instant submittedAt;

	private Long submittedBy;

	private Instant adoptedAt;

	private Long adoptedBy;

	@ElementCollection
	@CollectionTable(name = "plan_version_action", joinColumns = @JoinColumn(name = "version_id"))
	@OrderBy("topicName, title")
	private List<VersionAction> actions = new ArrayList<>();

	protected PlanVersion() {
	}

	PlanVersion(long trajectoryId, int number, String introduction, List<VersionAction> actions, Instant at, long by) {
		this.trajectoryId = trajectoryId;
		this.number = number;
		this.introduction = introduction;
		this.actions.addAll(actions);
		this.submittedAt = at;
		this.submittedBy = by;
	}

	/** Whether this version holds this introduction and these actions, unchanged. */
	boolean sameAs(String introduction, List<VersionAction> concept) {
		return Objects.equals(this.introduction, introduction) && this.actions.size() == concept.size()
				&& Change.between(this.actions, concept).isEmpty();
	}

	void adopt(Instant at, long by) {
		if (this.status != VersionStatus.IN_REVIEW) {
			throw new RuleException("plan.rule.notUnderReview");
		}
		this.status = VersionStatus.ADOPTED;
		this.adoptedAt = at;
		this.adoptedBy = by;
	}

	void replace() {
		this.status = VersionStatus.SUPERSEDED;
	}

	public boolean isUnderReview() {
		return this.status == VersionStatus.IN_REVIEW;
	}

	public Long getId() {
		return this.id;
	}

	public long getTrajectoryId() {
		return this.trajectoryId;
	}

	public int getNumber() {
		return this.number;
	}

	public VersionStatus getStatus() {
		return this.status;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getAdoptedAt() {
		return this.adoptedAt;
	}

	public List<VersionAction> getActions() {
		return this.actions;
	}

}
