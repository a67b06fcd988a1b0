package nl.nvp.goedegesprek.account;

/**
 * What an account may do. Participants have no account and so no role here.
 */
public enum Role {

	/** NVP staff: everything, in every region; manages accounts. */
	NATIONAL_COORDINATOR,

	/** Runs the trajectories assigned to them; sees their regions. */
	REGIONAL_COORDINATOR,

	/** Municipal policymaker: reads their regions' trajectories. */
	POLICYMAKER;

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Coordinators and policymakers work for one or more regions; national coordinators
	 * for all.
	 */
	public boolean needsRegions() {
		return this != NATIONAL_COORDINATOR;
	}

}
