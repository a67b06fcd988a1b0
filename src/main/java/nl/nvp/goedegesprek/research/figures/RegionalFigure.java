package nl.nvp.goedegesprek.research.figures;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.shared.Audited;

/**
 * A region's figure for one indicator and year, with its source.
 */
@Entity
class RegionalFigure extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long trajectoryId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	@Column(name = "year")
	private int year;

	private BigDecimal value;

	private String source;

	private String note;

	@Version
	private long version;

	protected RegionalFigure() {
	}

	RegionalFigure(long trajectoryId, Indicator indicator, int year, BigDecimal value, String source, String note) {
		this.trajectoryId = trajectoryId;
		this.indicator = indicator;
		this.year = year;
		this.value = value;
		this.source = source;
		this.note = note;
	}

	Long getId() {
		return this.id;
	}

	Long getTrajectoryId() {
		return this.trajectoryId;
	}

	Indicator getIndicator() {
		return this.indicator;
	}

	int getYear() {
		return this.year;
	}

	BigDecimal getValue() {
		return this.value;
	}

	String getSource() {
		return this.source;
	}

	String getNote() {
		return this.note;
	}

}
