package nl.nvp.goedegesprek.actionplan.action;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.shared.Audited;

/**
 * An improvement action (verbeteractie): what will be done about a topic, by which
 * organisation and contact person, by when; where it stands; whether the region or the
 * NVP nationally carries it; the ideas it came from; and its progress over time.
 */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction extends Audited {

	/** How long after a link was mailed another request counts as the same one. */
	public static final Duration OWNER_LINK_PAUSE = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long trajectoryId;

	private long topicId;

	private String title;

	private String description;

	private String ownerOrganisation;

	private String contactName;

	private String contactEmail;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private ActionStatus status = ActionStatus.PROPOSED;

	@Enumerated(EnumType.STRING)
	private ActionScope scope = ActionScope.REGIONAL;

	@ElementCollection
	@CollectionTable(name = "action_idea", joinColumns = @JoinColumn(name = "action_id"))
	@Column(name = "harvest_item_id")
	private Set<Long> ideaIds = new LinkedHashSet<>();

	@OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("reportedOn desc, id desc")
	private List<ActionProgress> progress = new ArrayList<>();

	/** The national action this one is part of, once the NVP links it. */
	private Long nationalActionId;

	private String ownerLinkHash;

	private Instant ownerLinkExpiresAt;

	private Instant ownerLinkRequestedAt;

	private Instant remindedBeforeAt;

	private Instant remindedOverdueAt;

	@Version
	private long version;

	protected ImprovementAction() {
	}

	ImprovementAction(long trajectoryId) {
		this.trajectoryId = trajectoryId;
	}

	void describe(ActionForm form) {
		if (!Objects.equals(this.contactEmail, form.getContactEmail())) {
			// A new contact person: the old one's link stops working, and reminders
			// start over.
			this.ownerLinkHash = null;
			this.ownerLinkExpiresAt = null;
			this.remindedBeforeAt = null;
			this.remindedOverdueAt = null;
		}
		if (form.getScope() != ActionScope.NATIONAL) {
			this.nationalActionId = null;
		}
		if (!Objects.equals(this.deadline, form.getDeadline())) {
			// A new deadline gets its own reminders.
			this.remindedBeforeAt = null;
			this.remindedOverdueAt = null;
		}
		this.topicId = form.getTopicId();
		this.title = form.getTitle();
		this.description = form.getDescription();
		this.ownerOrganisation = form.getOwnerOrganisation();
		this.contactName = form.getContactName();
		this.contactEmail = form.getContactEmail();
		this.deadline = form.getDeadline();
		this.status = form.getStatus();
		this.scope = form.getScope();
		this.ideaIds.clear();
		this.ideaIds.addAll(form.getIdeaIds());
	}

	/**
	 * A new personal link for the action owner (the hash of its token); an earlier link
	 * stops working.
	 */
	public void giveOwnerLink(String tokenHash, Instant expiresAt) {
		this.ownerLinkHash = tokenHash;
		this.ownerLinkExpiresAt = expiresAt;
	}

	/**
	 * A coordinator asks to mail the owner a link: true if a mail should go out, false if
	 * one was asked for less than {@link #OWNER_LINK_PAUSE} ago (a double click, or the
	 * same request twice), so that the owner gets one mail and one working link.
	 */
	public boolean requestOwnerLink(Instant now) {
		if (this.ownerLinkRequestedAt != null && now.isBefore(this.ownerLinkRequestedAt.plus(OWNER_LINK_PAUSE))) {
			return false;
		}
		this.ownerLinkRequestedAt = now;
		return true;
	}

	public boolean ownerLinkValid(Instant now) {
		return this.ownerLinkExpiresAt != null && now.isBefore(this.ownerLinkExpiresAt);
	}

	/** The owner sets where the action stands; only the statuses an owner can report. */
	public void reportStatus(ActionStatus status) {
		if (status != ActionStatus.AGREED && status != ActionStatus.IN_PROGRESS && status != ActionStatus.DONE) {
			throw new IllegalArgumentException("Not a status an owner reports");
		}
		this.status = status;
	}

	public void remindedBefore(Instant at) {
		this.remindedBeforeAt = at;
	}

	public void remindedOverdue(Instant at) {
		this.remindedOverdueAt = at;
	}

	/**
	 * Adds a progress report; false (nothing added) if the same report is already there,
	 * as after a double submit.
	 */
	public boolean report(LocalDate on, String text, String evidenceUrl) {
		boolean known = this.progress.stream()
			.anyMatch((p) -> p.getReportedOn().equals(on) && Objects.equals(p.getText(), text)
					&& Objects.equals(p.getEvidenceUrl(), evidenceUrl));
		if (known) {
			return false;
		}
		this.progress.add(0, new ActionProgress(this, on, text, evidenceUrl));
		return true;
	}

	/** Past its deadline and not finished. */
	public boolean isOverdue(LocalDate today) {
		return this.deadline != null && this.deadline.isBefore(today) && !this.status.isClosed();
	}

	public Long getId() {
		return this.id;
	}

	public long getTrajectoryId() {
		return this.trajectoryId;
	}

	public long getTopicId() {
		return this.topicId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public String getOwnerOrganisation() {
		return this.ownerOrganisation;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public ActionScope getScope() {
		return this.scope;
	}

	public Set<Long> getIdeaIds() {
		return this.ideaIds;
	}

	public List<ActionProgress> getProgress() {
		return this.progress;
	}

	public Long getNationalActionId() {
		return this.nationalActionId;
	}

	public void linkTo(Long nationalActionId) {
		this.nationalActionId = nationalActionId;
	}

	public long getVersion() {
		return this.version;
	}

}
