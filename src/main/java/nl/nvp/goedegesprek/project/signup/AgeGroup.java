package nl.nvp.goedegesprek.project.signup;

/**
 * A child's age group on a project sign-up: enough for a child-friendly dialogue and to
 * know when a parent or guardian must consent, never a date of birth. The values are
 * named as the meeting registration's age groups, so that a placement can carry one into
 * a meeting registration by name, and their texts are the same ({@code AgeGroup.*}).
 */
public enum AgeGroup {

	UNDER_12, FROM_12_TO_16, FROM_16_TO_18, ADULT;

	/**
	 * Under 16, a parent or guardian consents to the sign-up (AVG art. 8, UAVG art. 5).
	 */
	public boolean needsGuardianConsent() {
		return this == UNDER_12 || this == FROM_12_TO_16;
	}

}
