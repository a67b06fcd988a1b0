package nl.nvp.goedegesprek.actionplan.national;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

/**
 * A national action's title and description.
 */
public class NationalActionForm {

	@NotBlank
	@Size(max = 200)
	@SingleLine
	private String title;

	@Size(max = 4000)
	@PlainText
	private String description;

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

}
