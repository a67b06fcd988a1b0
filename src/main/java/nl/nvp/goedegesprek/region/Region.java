package nl.nvp.goedegesprek.region;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A youth-care region (jeugdregio), keyed on its CBS code. The name is what people read
 * and may change; the code does not.
 */
@Entity
class Region {

	@Id
	private String code;

	private String name;

	private String formerName;

	private LocalDate validFrom;

	private LocalDate validUntil;

	@Version
	private long version;

	protected Region() {
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getFormerName() {
		return this.formerName;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidUntil() {
		return this.validUntil;
	}

	long getVersion() {
		return this.version;
	}

	boolean isValidOn(LocalDate date) {
		return isValidOn(date, this.validFrom, this.validUntil);
	}

	/** Valid from {@code validFrom} up to, not including, {@code validUntil} (if any). */
	static boolean isValidOn(LocalDate date, LocalDate validFrom, LocalDate validUntil) {
		return !date.isBefore(validFrom) && (validUntil == null || date.isBefore(validUntil));
	}

	void rename(String newName, LocalDate validFrom, LocalDate validUntil) {
		this.name = newName;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
	}

	RegionSummary toSummary() {
		return new RegionSummary(this.code, this.name);
	}

}
