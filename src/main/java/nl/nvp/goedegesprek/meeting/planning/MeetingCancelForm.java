package nl.nvp.goedegesprek.meeting.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;

/**
 * Why a meeting does not take place: the participants read this reason in their mail and
 * on the meeting's pages, so it is required.
 */
public class MeetingCancelForm {

	@NotBlank
	@Size(max = 1000)
	@PlainText
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
