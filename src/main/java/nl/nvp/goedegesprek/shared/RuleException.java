package nl.nvp.goedegesprek.shared;

/**
 * A domain rule that an action would break (a closed survey, a step out of order, a plan
 * already adopted); the message key tells the person which, in their language.
 */
public class RuleException extends RuntimeException {

	private final String messageKey;

	public RuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
