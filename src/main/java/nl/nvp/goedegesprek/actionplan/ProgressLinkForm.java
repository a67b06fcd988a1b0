package nl.nvp.goedegesprek.actionplan;

import jakarta.validation.constraints.NotNull;

/**
 * Progress as an action owner reports it through their link: a progress report, with
 * where the action stands.
 */
class ProgressLinkForm extends ProgressForm {

	@NotNull
	private ActionStatus status;

	public ActionStatus getStatus() {
		return this.status;
	}

	public void setStatus(ActionStatus status) {
		this.status = status;
	}

}
