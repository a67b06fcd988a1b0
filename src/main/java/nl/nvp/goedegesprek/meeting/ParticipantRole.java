package nl.nvp.goedegesprek.meeting;

import java.util.EnumSet;
import java.util.Set;

/**
 * A participant's role in foster care. Sensitive: "ouder" can reveal that a child was
 * placed out of the home, so it is shown only to the meeting's coordinators.
 */
public enum ParticipantRole {

	PLEEGOUDER, PLEEGKIND, EIGEN_KIND, OUDER, PLEEGZORGBEGELEIDER, JEUGDBESCHERMER, BELEIDSMAKER, PLEEGZORGAANBIEDER,
	ANDERS;

	private static final Set<ParticipantRole> CHILDREN = EnumSet.of(PLEEGKIND, EIGEN_KIND);

	private static final Set<ParticipantRole> PROFESSIONALS = EnumSet.of(PLEEGZORGBEGELEIDER, JEUGDBESCHERMER,
			BELEIDSMAKER, PLEEGZORGAANBIEDER);

	/** Children give an age group, never a date of birth. */
	public boolean isChild() {
		return CHILDREN.contains(this);
	}

	/** Professionals name their organisation; families do not need one. */
	public boolean isProfessional() {
		return PROFESSIONALS.contains(this);
	}

}
