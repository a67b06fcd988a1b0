package nl.nvp.goedegesprek.research.figures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

/**
 * An indicator's name, unit and description.
 */
class IndicatorForm {

	@NotBlank
	@Size(max = 150)
	@SingleLine
	private String name;

	@NotBlank
	@Size(max = 50)
	@SingleLine
	private String unit;

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

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
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
