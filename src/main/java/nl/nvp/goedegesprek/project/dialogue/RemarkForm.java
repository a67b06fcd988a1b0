package nl.nvp.goedegesprek.project.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.PlainText;

import org.springframework.validation.Errors;

/**
 * A remark from a dialogue as its facilitator types it.
 */
class RemarkForm {

	@NotNull
	private RemarkKind kind;

	@NotBlank
	@Size(max = 1000)
	@PlainText
	private String text;

	private ParticipantRole speakerRole;

	private boolean consent;

	/** The version of the remark as shown, when changing one (optimistic locking). */
	private Long version;

	/** A quote needs the role of who said it and their consent to publish it. */
	void check(Errors errors) {
		if (this.kind == RemarkKind.QUOTE) {
			if (this.speakerRole == null) {
				errors.rejectValue("speakerRole", "RemarkForm.speakerRole.required");
			}
			if (!this.consent) {
				errors.rejectValue("consent", "RemarkForm.consent.required");
			}
		}
	}

	static RemarkForm of(DialogueRemark remark) {
		RemarkForm form = new RemarkForm();
		form.setKind(remark.getKind());
		form.setText(remark.getText());
		form.setSpeakerRole(remark.getSpeakerRole());
		form.setConsent(remark.isConsent());
		form.setVersion(remark.getVersion());
		return form;
	}

	public RemarkKind getKind() {
		return this.kind;
	}

	public void setKind(RemarkKind kind) {
		this.kind = kind;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public ParticipantRole getSpeakerRole() {
		return this.speakerRole;
	}

	public void setSpeakerRole(ParticipantRole speakerRole) {
		this.speakerRole = speakerRole;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
