package nl.nvp.goedegesprek.trajectory;

import java.util.Set;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees and who changes a trajectory. National coordinators: all. Regional
 * coordinators: see their regions' trajectories and the ones assigned to them, change
 * only the assigned ones. Policymakers: see their regions' trajectories, change nothing.
 * A national project (no region) is seen by regional coordinators and policymakers whose
 * regions it draws from, or all of them when it draws from the whole country (decision
 * 45); {@link #canView} and {@link #visibleTo} say the same. Used by
 * {@link Trajectories}, {@link TrajectoryPlanning} and {@link TrajectorySteps}.
 */
final class TrajectoryAccess {

	private TrajectoryAccess() {
	}

	static boolean canView(AccountPrincipal user, Trajectory trajectory) {
		return switch (user.role()) {
			case NATIONAL_COORDINATOR -> true;
			case REGIONAL_COORDINATOR -> user.worksIn(trajectory.getRegionCode())
					|| trajectory.getCoordinatorIds().contains(user.id()) || reaches(user, trajectory);
			case POLICYMAKER -> user.worksIn(trajectory.getRegionCode()) || reaches(user, trajectory);
		};
	}

	/** A national project that draws from this person's regions or the whole country. */
	private static boolean reaches(AccountPrincipal user, Trajectory trajectory) {
		return trajectory.getRegionCode() == null && !user.regionCodes().isEmpty()
				&& trajectory.reachesAny(user.regionCodes());
	}

	static boolean canEdit(AccountPrincipal user, Trajectory trajectory) {
		return switch (user.role()) {
			case NATIONAL_COORDINATOR -> true;
			case REGIONAL_COORDINATOR -> trajectory.getCoordinatorIds().contains(user.id());
			case POLICYMAKER -> false;
		};
	}

	/**
	 * A regional coordinator plans trajectories in their own regions; a national project
	 * needs a national coordinator.
	 */
	static boolean canCreateIn(AccountPrincipal user, String regionCode) {
		return user.isNational() || (user.is(Role.REGIONAL_COORDINATOR) && user.worksIn(regionCode));
	}

	static boolean canCreate(AccountPrincipal user) {
		return user.isNational() || user.is(Role.REGIONAL_COORDINATOR);
	}

	static Specification<Trajectory> visibleTo(AccountPrincipal user) {
		return (root, query, cb) -> {
			if (user.isNational()) {
				return cb.conjunction();
			}
			Set<String> regions = user.regionCodes();
			if (regions.isEmpty()) {
				return user.is(Role.REGIONAL_COORDINATOR) ? cb.isMember(user.id(), root.get("coordinatorIds"))
						: cb.disjunction();
			}
			Predicate inRegion = root.get("regionCode").in(regions);
			// A national project: drawing from the whole country (no reach), or from one
			// of these regions.
			Subquery<String> reached = query.subquery(String.class);
			Root<Trajectory> same = reached.correlate(root);
			Join<Trajectory, String> reach = same.join("reach");
			reached.select(reach);
			Subquery<String> reachedHere = query.subquery(String.class);
			Root<Trajectory> again = reachedHere.correlate(root);
			Join<Trajectory, String> reachHere = again.join("reach");
			reachedHere.select(reachHere).where(reachHere.in(regions));
			Predicate national = cb.and(cb.isNull(root.get("regionCode")),
					cb.or(cb.not(cb.exists(reached)), cb.exists(reachedHere)));
			if (user.is(Role.REGIONAL_COORDINATOR)) {
				return cb.or(inRegion, national, cb.isMember(user.id(), root.get("coordinatorIds")));
			}
			return cb.or(inRegion, national);
		};
	}

	/** The trajectory, or access denied when this person may only look at it. */
	static Trajectory editable(Trajectory trajectory, AccountPrincipal user) {
		if (!canEdit(user, trajectory)) {
			throw new AccessDeniedException("Read-only for this person");
		}
		return trajectory;
	}

	/**
	 * Loads a trajectory to change it (its version goes up), if this person may change it
	 * and it is still the version they saw.
	 */
	static Trajectory forChange(TrajectoryRepository repository, long id, long version, AccountPrincipal user) {
		Trajectory trajectory = repository.findForChange(id)
			.filter((found) -> canView(user, found))
			.orElseThrow(NotFoundException::new);
		editable(trajectory, user);
		if (trajectory.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Trajectory.class, id);
		}
		return trajectory;
	}

	/** What other modules learn of a trajectory, and what this person may do with it. */
	static TrajectoryRef ref(Trajectory trajectory, AccountPrincipal user) {
		return new TrajectoryRef(trajectory.getId(), trajectory.getTitle(), trajectory.getRegionCode(),
				trajectory.getSteps().stream().map(TrajectoryStep::getType).toList(), canEdit(user, trajectory),
				canEdit(user, trajectory) && !trajectory.isReadOnly(),
				trajectory.activeStep().map(TrajectoryStep::getType).orElse(null), new TrajectoryRef.Contact(
						trajectory.getContactName(), trajectory.getContactEmail(), trajectory.getContactPhone()));
	}

}
