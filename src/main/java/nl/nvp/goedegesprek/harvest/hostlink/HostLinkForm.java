package nl.nvp.goedegesprek.harvest.hostlink;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.SingleLine;

/**
 * For whom a coordinator makes a table host's link (say: table 3), and for which meeting
 * (none: for the trajectory as a whole).
 */
class HostLinkForm {

	@NotBlank
	@Size(max = 100)
	@SingleLine
	private String label;

	private Long meetingId;

	/**
	 * The newest link of the trajectory when the page was shown (a hidden field): a link
	 * for the same table made after that was made from another tab.
	 */
	private Long seen;

	public Long getSeen() {
		return this.seen;
	}

	public void setSeen(Long seen) {
		this.seen = seen;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public void setMeetingId(Long meetingId) {
		this.meetingId = meetingId;
	}

}
