package nl.nvp.goedegesprek.research.survey;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A survey's title, introduction and dates; when it is made, also the template it starts
 * from.
 */
public class SurveyForm {

	private Long templateId;

	@NotBlank
	@Size(max = 150)
	@SingleLine
	private String title;

	@Size(max = 2000)
	@PlainText
	private String introduction;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate opensOn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate closesOn;

	private long version;

	void check(Errors errors, boolean creating) {
		if (creating && this.templateId == null) {
			errors.rejectValue("templateId", "NotNull");
		}
		if (this.opensOn != null && this.closesOn != null && this.closesOn.isBefore(this.opensOn)) {
			errors.rejectValue("closesOn", "survey.rule.closesBeforeOpens");
		}
		for (LocalDate date : new LocalDate[] { this.opensOn, this.closesOn }) {
			if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
				errors.rejectValue((date == this.opensOn) ? "opensOn" : "closesOn", "SurveyForm.date.range");
			}
		}
	}

	public Long getTemplateId() {
		return this.templateId;
	}

	public void setTemplateId(Long templateId) {
		this.templateId = templateId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public void setOpensOn(LocalDate opensOn) {
		this.opensOn = opensOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public void setClosesOn(LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
