package nl.nvp.goedegesprek.trajectory;

import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;

/**
 * Cancelling a trajectory: the version seen, and why, which everyone registered for its
 * meetings yet to come reads in their mail (required when there are such meetings).
 */
class TrajectoryCancelForm {

	@Size(max = 1000)
	@PlainText
	private String reason;

	private long version;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
