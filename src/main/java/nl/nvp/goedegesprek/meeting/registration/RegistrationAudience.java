package nl.nvp.goedegesprek.meeting.registration;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.nvp.goedegesprek.meeting.ParticipantRole;

/**
 * Who a registration form speaks to, chosen in its first step ({@code ?voor=jongere} or
 * {@code ?voor=volwassene}): a child (a foster child or a foster parents' own child) gets
 * a form in plain words that says "je" and asks only what applies to a child; an adult
 * gets the formal form without the child's questions.
 */
public enum RegistrationAudience {

	CHILD("jongere"), ADULT("volwassene");

	private final String param;

	RegistrationAudience(String param) {
		this.param = param;
	}

	/** The value of {@code voor} in the form's address and hidden field. */
	public String param() {
		return this.param;
	}

	public boolean isChild() {
		return this == CHILD;
	}

	/** The roles this form offers. */
	List<ParticipantRole> roles() {
		return Arrays.stream(ParticipantRole.values()).filter((role) -> role.isChild() == isChild()).toList();
	}

	static RegistrationAudience of(ParticipantRole role) {
		return role.isChild() ? CHILD : ADULT;
	}

	/** The audience a request names; anything else names none. */
	static Optional<RegistrationAudience> fromParam(String param) {
		return Arrays.stream(values()).filter((audience) -> audience.param.equals(param)).findFirst();
	}

}
