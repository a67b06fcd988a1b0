package nl.nvp.goedegesprek.region;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.validation.Errors;

/**
 * The form with which a national coordinator corrects a region's display name and
 * validity.
 */
class RegionForm {

	@NotBlank
	@Size(max = 100)
	@SingleLine
	private String name;

	@NotNull
	private LocalDate validFrom;

	private LocalDate validUntil;

	private long version;

	static RegionForm of(Region region) {
		RegionForm form = new RegionForm();
		form.name = region.getName();
		form.validFrom = region.getValidFrom();
		form.validUntil = region.getValidUntil();
		form.version = region.getVersion();
		return form;
	}

	/** Cross-field rules, reported at the field that shows them. */
	void checkCrossFields(Errors errors) {
		if (outOfRange(this.validFrom)) {
			errors.rejectValue("validFrom", "RegionForm.date.range");
		}
		if (outOfRange(this.validUntil)) {
			errors.rejectValue("validUntil", "RegionForm.date.range");
		}
		if (this.validFrom != null && this.validUntil != null && !this.validUntil.isAfter(this.validFrom)) {
			errors.rejectValue("validUntil", "RegionForm.validUntil.afterValidFrom");
		}
	}

	private static boolean outOfRange(LocalDate date) {
		return date != null && (date.getYear() < 1990 || date.getYear() > 2100);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
