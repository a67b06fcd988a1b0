package nl.nvp.goedegesprek.actionplan.action;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A progress report on an action.
 */
public class ProgressForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reportedOn;

	@NotBlank
	@Size(max = 2000)
	@PlainText
	private String text;

	@Size(max = 500)
	@Pattern(regexp = "https?://\\S+")
	@SingleLine
	private String evidenceUrl;

	/**
	 * Progress is dated between 2000 and today (Dutch time: {@code today} comes from the
	 * application's clock), never in the future, where it would show as the latest.
	 */
	public static void checkReportedOn(LocalDate reportedOn, LocalDate today, Errors errors) {
		if (reportedOn == null) {
			return;
		}
		if (reportedOn.getYear() < 2000) {
			errors.rejectValue("reportedOn", "ActionForm.deadline.range");
		}
		else if (reportedOn.isAfter(today)) {
			errors.rejectValue("reportedOn", "Future.progress");
		}
	}

	public LocalDate getReportedOn() {
		return this.reportedOn;
	}

	public void setReportedOn(LocalDate reportedOn) {
		this.reportedOn = reportedOn;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getEvidenceUrl() {
		return this.evidenceUrl;
	}

	public void setEvidenceUrl(String evidenceUrl) {
		this.evidenceUrl = evidenceUrl;
	}

}
