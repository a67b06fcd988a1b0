package nl.nvp.goedegesprek.project.dialogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.Audited;

/**
 * Something said in a dialogue, as its facilitator recorded it: the kind, the text and
 * the role of who said it (never a name). A quote always has a role and that person's
 * consent.
 */
@Entity
@Table(name = "dialogue_remark")
class DialogueRemark extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long trajectoryId;

	private long meetingId;

	@Enumerated(EnumType.STRING)
	private RemarkKind kind;

	private String text;

	@Enumerated(EnumType.STRING)
	private ParticipantRole speakerRole;

	private boolean consent;

	private Long facilitatorLinkId;

	@Version
	private long version;

	protected DialogueRemark() {
	}

	DialogueRemark(FacilitatorLink link, RemarkForm form) {
		this.trajectoryId = link.getTrajectoryId();
		this.meetingId = link.getMeetingId();
		this.facilitatorLinkId = link.getId();
		change(form);
	}

	/** Takes the form's kind, text and role; consent only counts for a quote. */
	void change(RemarkForm form) {
		this.kind = form.getKind();
		this.text = form.getText().strip();
		this.speakerRole = form.getSpeakerRole();
		this.consent = form.getKind() == RemarkKind.QUOTE && form.isConsent();
	}

	/** Whether this remark says the same as the form (the same form sent twice). */
	boolean repeats(RemarkForm form) {
		return this.kind == form.getKind() && this.speakerRole == form.getSpeakerRole()
				&& this.text.equals(form.getText().strip());
	}

	Long getId() {
		return this.id;
	}

	long getMeetingId() {
		return this.meetingId;
	}

	RemarkKind getKind() {
		return this.kind;
	}

	String getText() {
		return this.text;
	}

	ParticipantRole getSpeakerRole() {
		return this.speakerRole;
	}

	boolean isConsent() {
		return this.consent;
	}

	long getVersion() {
		return this.version;
	}

	Long getFacilitatorLinkId() {
		return this.facilitatorLinkId;
	}

}
