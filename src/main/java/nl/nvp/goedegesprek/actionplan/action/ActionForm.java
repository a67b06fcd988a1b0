package nl.nvp.goedegesprek.actionplan.action;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.EmailAddress;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * An improvement action as typed by a coordinator.
 */
public class ActionForm {

	@NotNull
	private Long topicId;

	@NotBlank
	@Size(max = 200)
	@SingleLine
	private String title;

	@Size(max = 4000)
	@PlainText
	private String description;

	@NotBlank
	@Size(max = 200)
	@SingleLine
	private String ownerOrganisation;

	@Size(max = 200)
	@SingleLine
	private String contactName;

	@Email
	@EmailAddress
	@Size(max = 254)
	@SingleLine
	private String contactEmail;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	@NotNull
	private ActionStatus status = ActionStatus.PROPOSED;

	@NotNull
	private ActionScope scope = ActionScope.REGIONAL;

	private Set<Long> ideaIds = new LinkedHashSet<>();

	private long version;

	static ActionForm of(ImprovementAction action) {
		ActionForm form = new ActionForm();
		form.topicId = action.getTopicId();
		form.title = action.getTitle();
		form.description = action.getDescription();
		form.ownerOrganisation = action.getOwnerOrganisation();
		form.contactName = action.getContactName();
		form.contactEmail = action.getContactEmail();
		form.deadline = action.getDeadline();
		form.status = action.getStatus();
		form.scope = action.getScope();
		form.ideaIds = new LinkedHashSet<>(action.getIdeaIds());
		form.version = action.getVersion();
		return form;
	}

	void check(Errors errors) {
		if (this.deadline != null && (this.deadline.getYear() < 2000 || this.deadline.getYear() > 2100)) {
			errors.rejectValue("deadline", "ActionForm.deadline.range");
		}
	}

	public Long getTopicId() {
		return this.topicId;
	}

	public void setTopicId(Long topicId) {
		this.topicId = topicId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOwnerOrganisation() {
		return this.ownerOrganisation;
	}

	public void setOwnerOrganisation(String ownerOrganisation) {
		this.ownerOrganisation = ownerOrganisation;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public void setStatus(ActionStatus status) {
		this.status = status;
	}

	public ActionScope getScope() {
		return this.scope;
	}

	public void setScope(ActionScope scope) {
		this.scope = scope;
	}

	public Set<Long> getIdeaIds() {
		return this.ideaIds;
	}

	public void setIdeaIds(Set<Long> ideaIds) {
		this.ideaIds = new LinkedHashSet<>();
		if (ideaIds != null) {
			ideaIds.stream().filter(Objects::nonNull).forEach(this.ideaIds::add);
		}
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
