package nl.nvp.goedegesprek.meeting;

import java.util.EnumSet;
import java.util.Set;

/**
 * A participant's role in foster care. Sensitive: PARENT ("ouder") can reveal that a
 * child was placed out of the home, so it is shown only to the meeting's coordinators.
 */
public enum ParticipantRole {

	FOSTER_PARENT, FOSTER_CHILD, OWN_CHILD, PARENT, FOSTER_CARE_WORKER, CHILD_PROTECTION_WORKER, POLICYMAKER,
	FOSTER_CARE_PROVIDER, OTHER;

	private static final Set<ParticipantRole> CHILDREN = EnumSet.of(FOSTER_CHILD, OWN_CHILD);

	private static final Set<ParticipantRole> PROFESSIONALS = EnumSet.of(FOSTER_CARE_WORKER, CHILD_PROTECTION_WORKER,
			POLICYMAKER, FOSTER_CARE_PROVIDER);

	/** Children give an age group, never a date of birth. */
	public boolean isChild() {
		return CHILDREN.contains(this);
	}

	/** Professionals name their organisation; families do not need one. */
	public boolean isProfessional() {
		return PROFESSIONALS.contains(this);
	}

}
