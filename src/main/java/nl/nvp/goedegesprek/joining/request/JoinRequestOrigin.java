package nl.nvp.goedegesprek.joining.request;

import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.trajectory.TrajectoryOrigin;

import org.springframework.stereotype.Component;

/**
 * A request becomes a trajectory in one step: the inbox links to the new-trajectory form
 * with the request's id, which opens with region, title, form and contact person filled
 * in; saving it marks the request "became a trajectory" in the same transaction (and a
 * request that became one meanwhile, in another tab, undoes the second trajectory).
 */
@Component
class JoinRequestOrigin implements TrajectoryOrigin {

	private final JoinRequests requests;

	private final Regions regions;

	JoinRequestOrigin(JoinRequests requests, Regions regions) {
		this.requests = requests;
		this.regions = regions;
	}

	@Override
	public Optional<Prefill> prefill(long originId, AccountPrincipal user) {
		return this.requests.open(originId, user)
			.map((request) -> new Prefill(request.regionCode(),
					"Het goede gesprek " + this.regions.namesByCode().getOrDefault(request.regionCode(), ""),
					request.interest().variant(), request.name(), request.email()));
	}

	@Override
	public void becameTrajectory(long originId, long trajectoryId, AccountPrincipal user) {
		this.requests.becameTrajectory(originId, trajectoryId, user);
	}

}
