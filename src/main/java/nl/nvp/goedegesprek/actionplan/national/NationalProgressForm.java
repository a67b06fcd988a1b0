package nl.nvp.goedegesprek.actionplan.national;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.shared.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Progress on a national action, with where it stands.
 */
class NationalProgressForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reportedOn;

	@NotBlank
	@Size(max = 2000)
	@PlainText
	private String text;

	@NotNull
	private ActionStatus status;

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

	public ActionStatus getStatus() {
		return this.status;
	}

	public void setStatus(ActionStatus status) {
		this.status = status;
	}

}
