package nl.nvp.goedegesprek.project.grouping;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * One sign-up for a project, as the grouping assistant sees it.
 *
 * @param signUpId the sign-up's id, unique in one request
 * @param role the participant's role, one of the project's dialogue roles or not
 * @param availability when the participant can take part
 * @param mode online, in person or either
 * @param regionCode the participant's region, or {@code null} when not given
 * @param exclusionKeys opaque keys (keyed hashes of a case code or an organisation): two
 * candidates sharing any key are never put in one group; the assistant only compares them
 */
public record Candidate(long signUpId, String role, Availability availability, Mode mode, String regionCode,
		Set<String> exclusionKeys) {

	public Candidate {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(availability, "availability");
		Objects.requireNonNull(mode, "mode");
		exclusionKeys = (exclusionKeys != null) ? Set.copyOf(exclusionKeys) : Set.of();
	}

	/**
	 * Whether this participant must not sit with the other (they share a case or
	 * organisation).
	 */
	public boolean mustNotMeet(Candidate other) {
		return !Collections.disjoint(this.exclusionKeys, other.exclusionKeys);
	}

}
