package nl.nvp.goedegesprek.meeting.registration;

/**
 * A child's age group: enough to plan a child-friendly table and to know when a legal
 * representative must consent, without asking for a date of birth.
 */
public enum AgeGroup {

	UNDER_12, FROM_12_TO_16, FROM_16_TO_18, ADULT;

	/** Under 16, a legal representative consents to the registration. */
	public boolean needsGuardianConsent() {
		return this == UNDER_12 || this == FROM_12_TO_16;
	}

}
