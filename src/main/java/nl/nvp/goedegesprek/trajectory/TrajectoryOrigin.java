package nl.nvp.goedegesprek.trajectory;

import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;

/**
 * Where a new trajectory comes from when it is not planned from scratch: a region's
 * request to start (the joining module). The new-trajectory form opens prefilled from it
 * ({@code /trajecten/nieuw?aanvraag=<id>}) and carries its id along; saving the
 * trajectory tells the origin in the same transaction, so that both happen or neither.
 * The trajectory module knows no other module's tables or URLs (decision 39).
 */
public interface TrajectoryOrigin {

	/**
	 * What the form is prefilled with, if this person may turn the origin into a
	 * trajectory and it has not become one yet.
	 * @param originId the origin's id
	 * @param user the person
	 * @return the prefill, or empty
	 */
	Optional<Prefill> prefill(long originId, AccountPrincipal user);

	/**
	 * The trajectory was made from the origin: in the transaction that made it. Throws a
	 * {@link nl.nvp.goedegesprek.shared.RuleException} (which undoes the trajectory) when
	 * the origin cannot become one (any more).
	 * @param originId the origin's id
	 * @param trajectoryId the new trajectory
	 * @param user who made it
	 */
	void becameTrajectory(long originId, long trajectoryId, AccountPrincipal user);

	/**
	 * The form's values from an origin.
	 *
	 * @param regionCode the region's CBS code
	 * @param title a title to start from
	 * @param variant {@code FULL}, {@code SUBSET} or {@code DIALOGUE_TABLE}
	 * @param contactName the contact person's name
	 * @param contactEmail the contact person's address
	 */
	record Prefill(String regionCode, String title, String variant, String contactName, String contactEmail) {

		@Override
		public String toString() {
			return "Prefill[" + this.regionCode + "]";
		}

	}

}
