package nl.nvp.goedegesprek.research;

/**
 * A survey rule that an action would break; the message key tells the user which.
 */
class SurveyRuleException extends RuntimeException {

	private final String messageKey;

	SurveyRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
