package nl.nvp.goedegesprek.actionplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.nvp.goedegesprek.actionplan.action.ActionScope;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.actionplan.action.ImprovementAction;

/**
 * An action as it was when a version of the plan was made.
 */
@Embeddable
class VersionAction {

	@Column(name = "action_id")
	private long actionId;

	private String topicName;

	private String title;

	private String description;

	private String ownerOrganisation;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	@Enumerated(EnumType.STRING)
	private ActionScope scope;

	protected VersionAction() {
	}

	VersionAction(ImprovementAction action, String topicName) {
		this.actionId = action.getId();
		this.topicName = topicName;
		this.title = action.getTitle();
		this.description = action.getDescription();
		this.ownerOrganisation = action.getOwnerOrganisation();
		this.deadline = action.getDeadline();
		this.status = action.getStatus();
		this.scope = action.getScope();
	}

	/** The actions grouped by topic name, in the order given. */
	static Map<String, List<VersionAction>> byTopic(List<VersionAction> actions) {
		Map<String, List<VersionAction>> grouped = new LinkedHashMap<>();
		actions.forEach(
				(action) -> grouped.computeIfAbsent(action.getTopicName(), (name) -> new ArrayList<>()).add(action));
		return grouped;
	}

	/** Past its deadline and not finished (as {@code ImprovementAction#isOverdue}). */
	boolean isOverdue(LocalDate today) {
		return this.deadline != null && this.deadline.isBefore(today) && !this.status.isClosed();
	}

	/** The names of the fields (message keys) that differ from an earlier copy. */
	List<String> changesSince(VersionAction earlier) {
		List<String> changes = new ArrayList<>();
		if (!Objects.equals(this.title, earlier.title)) {
			changes.add("action.title");
		}
		if (!Objects.equals(this.description, earlier.description)) {
			changes.add("action.description");
		}
		if (!Objects.equals(this.topicName, earlier.topicName)) {
			changes.add("action.topic");
		}
		if (!Objects.equals(this.ownerOrganisation, earlier.ownerOrganisation)) {
			changes.add("action.owner");
		}
		if (!Objects.equals(this.deadline, earlier.deadline)) {
			changes.add("action.deadline");
		}
		if (this.status != earlier.status) {
			changes.add("action.status");
		}
		if (this.scope != earlier.scope) {
			changes.add("action.scope");
		}
		return changes;
	}

	public long getActionId() {
		return this.actionId;
	}

	public String getTopicName() {
		return this.topicName;
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

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public ActionScope getScope() {
		return this.scope;
	}

}
