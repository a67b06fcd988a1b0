package nl.nvp.goedegesprek.research.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

/**
 * A survey template's name and description.
 */
public class TemplateForm {

	@NotBlank
	@Size(max = 150)
	@SingleLine
	private String name;

	@Size(max = 1000)
	@PlainText
	private String description;

	private long version;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
