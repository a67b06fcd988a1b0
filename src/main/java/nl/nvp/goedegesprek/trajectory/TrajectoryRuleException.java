package nl.nvp.goedegesprek.trajectory;

/**
 * A step or status change that the trajectory's rules do not allow; the message key says
 * why.
 */
class TrajectoryRuleException extends RuntimeException {

	private final String messageKey;

	TrajectoryRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
