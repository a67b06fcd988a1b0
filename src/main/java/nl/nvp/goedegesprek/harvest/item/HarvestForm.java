package nl.nvp.goedegesprek.harvest.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.PlainText;

import org.springframework.validation.Errors;

/**
 * A line of harvest as typed during or after a meeting.
 */
public class HarvestForm {

	private Long meetingId;

	@NotNull
	private Long topicId;

	@NotNull
	private HarvestKind kind;

	@NotBlank
	@Size(max = 1000)
	@PlainText
	private String text;

	private ParticipantRole speakerRole;

	private boolean consent;

	/** A quote needs the speaker's role and their consent to publish it. */
	public void check(Errors errors) {
		if (this.kind == HarvestKind.QUOTE) {
			if (this.speakerRole == null) {
				errors.rejectValue("speakerRole", "HarvestForm.speakerRole.required");
			}
			if (!this.consent) {
				errors.rejectValue("consent", "HarvestForm.consent.required");
			}
		}
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public void setMeetingId(Long meetingId) {
		this.meetingId = meetingId;
	}

	public Long getTopicId() {
		return this.topicId;
	}

	public void setTopicId(Long topicId) {
		this.topicId = topicId;
	}

	public HarvestKind getKind() {
		return this.kind;
	}

	public void setKind(HarvestKind kind) {
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

}
