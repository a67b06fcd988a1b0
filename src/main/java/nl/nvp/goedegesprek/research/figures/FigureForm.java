package nl.nvp.goedegesprek.research.figures;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

/**
 * A region's figure: which indicator, which year, how much, and where it comes from.
 */
public class FigureForm {

	@NotNull
	private Long indicatorId;

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer year;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("999999999999")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal value;

	@NotBlank
	@Size(max = 300)
	@SingleLine
	private String source;

	@Size(max = 1000)
	@PlainText
	private String note;

	public Long getIndicatorId() {
		return this.indicatorId;
	}

	public void setIndicatorId(Long indicatorId) {
		this.indicatorId = indicatorId;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
