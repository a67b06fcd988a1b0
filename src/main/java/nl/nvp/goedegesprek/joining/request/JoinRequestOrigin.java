package nl.nvp.goedegesprek.joining.request;

import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.trajectory.TrajectoryOrigin;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A request becomes a trajectory in one step: the inbox links to the new-trajectory form
 * with the request's id, which opens with region, title, form and contact person filled
 * in; saving it marks the request "became a trajectory" in the same transaction (and a
 * request that became one meanwhile, in another tab, undoes the second trajectory). The
 * title to start from is in the language of the page ({@code joinRequest.prefill.title}
 * with the region's name).
 */
@Component
class JoinRequestOrigin implements TrajectoryOrigin {

	private final JoinRequests requests;

	private final Regions regions;

	private final MessageSource messages;

	JoinRequestOrigin(JoinRequests requests, Regions regions, MessageSource messages) {
		this.requests = requests;
		this.regions = regions;
		this.messages = messages;
	}

	@Override
	public Optional<Prefill> prefill(long originId, AccountPrincipal user) {
		return this.requests.open(originId, user)
			.map((request) -> new Prefill(request.regionCode(), title(request.regionCode()),
					request.interest().variant(), request.name(), request.email()));
	}

	private String title(String regionCode) {
		String region = this.regions.find(regionCode).map((found) -> found.name()).orElse(regionCode);
		return this.messages.getMessage("joinRequest.prefill.title", new Object[] { region },
				LocaleContextHolder.getLocale());
	}

	@Override
	public void becameTrajectory(long originId, long trajectoryId, AccountPrincipal user) {
		this.requests.becameTrajectory(originId, trajectoryId, user);
	}

}
