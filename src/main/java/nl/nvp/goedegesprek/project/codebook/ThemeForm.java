package nl.nvp.goedegesprek.project.codebook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

/**
 * A theme's name and what it covers, and the version it was changed from.
 */
public class ThemeForm {

	@NotBlank
	@Size(max = 150)
	@SingleLine
	private String name;

	@Size(max = 1000)
	@PlainText
	private String description;

	private long version;

	static ThemeForm of(ProjectTheme theme) {
		ThemeForm form = new ThemeForm();
		form.name = theme.getName();
		form.description = theme.getDescription();
		form.version = theme.getVersion();
		return form;
	}

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
