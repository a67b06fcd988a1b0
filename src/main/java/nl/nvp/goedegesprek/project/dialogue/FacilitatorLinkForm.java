package nl.nvp.goedegesprek.project.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.SingleLine;

/**
 * For whom a coordinator makes a dialogue's facilitator link (a first name, or
 * "Gespreksleider").
 */
class FacilitatorLinkForm {

	@NotBlank
	@Size(max = 100)
	@SingleLine
	private String label;

	/**
	 * The newest link of the dialogue when the page was shown (a hidden field): a link
	 * made after that was made from another tab.
	 */
	private Long seen;

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public Long getSeen() {
		return this.seen;
	}

	public void setSeen(Long seen) {
		this.seen = seen;
	}

}
