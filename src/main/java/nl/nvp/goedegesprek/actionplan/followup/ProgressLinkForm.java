package nl.nvp.goedegesprek.actionplan.followup;

import jakarta.validation.constraints.NotNull;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.actionplan.action.ProgressForm;

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
