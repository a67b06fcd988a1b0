package nl.nvp.goedegesprek.meeting.registration;

/**
 * In what capacity a legal representative consented for a child under 16. Often not the
 * foster parent: a certified institution or the parents may hold authority.
 */
public enum GuardianCapacity {

	PARENT_WITH_AUTHORITY, GUARDIAN_INSTITUTION, FOSTER_PARENT_GUARDIAN

}
