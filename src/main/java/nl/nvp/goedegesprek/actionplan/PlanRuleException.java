package nl.nvp.goedegesprek.actionplan;

/**
 * An action-plan rule that an action would break; the message key tells the user which.
 */
class PlanRuleException extends RuntimeException {

	private final String messageKey;

	PlanRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
