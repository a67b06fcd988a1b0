package nl.nvp.goedegesprek.meeting.registration;

/**
 * The role someone with a place wants to change to has no room left in its quota.
 */
class RoleFullException extends RuntimeException {

	RoleFullException() {
		super("Role quota full");
	}

}
