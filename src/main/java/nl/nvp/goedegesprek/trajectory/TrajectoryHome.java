package nl.nvp.goedegesprek.trajectory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.region.Regions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start page of someone logged in: their open trajectories, each with its running
 * step and what needs attention in it (contributed by the modules through
 * {@link TrajectoryAttention}). A regional coordinator sees every trajectory they run, a
 * policymaker those of their regions; a national coordinator, who sees them all, gets
 * only those with something to deal with, and the regions where something is late. The
 * number of SQL statements does not grow with the number of trajectories.
 */
@Service
@Transactional(readOnly = true)
public class TrajectoryHome {

	private final TrajectoryRepository trajectories;

	private final List<TrajectoryAttention> contributions;

	private final Regions regions;

	TrajectoryHome(TrajectoryRepository trajectories, List<TrajectoryAttention> contributions, Regions regions) {
		this.trajectories = trajectories;
		this.contributions = contributions;
		this.regions = regions;
	}

	public Home of(AccountPrincipal user) {
		List<TrajectoryRef> open = this.trajectories.findAll(TrajectoryAccess.visibleTo(user))
			.stream()
			.filter((trajectory) -> !trajectory.isReadOnly())
			.map((trajectory) -> TrajectoryAccess.ref(trajectory, user))
			.sorted(Comparator.comparing(TrajectoryRef::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
		Map<Long, List<TrajectoryAttention.Point>> points = new HashMap<>();
		if (!open.isEmpty()) {
			for (TrajectoryAttention contribution : this.contributions) {
				contribution.attention(open, user)
					.forEach((id, found) -> points.computeIfAbsent(id, (key) -> new ArrayList<>()).addAll(found));
			}
		}
		Map<String, String> regionNames = this.regions.namesByCode();
		List<Row> rows = new ArrayList<>();
		TreeSet<String> regionsWithLate = new TreeSet<>();
		for (TrajectoryRef trajectory : open) {
			List<TrajectoryAttention.Point> found = points.getOrDefault(trajectory.id(), List.of());
			String region = regionNames.getOrDefault(trajectory.regionCode(), trajectory.regionCode());
			// A national project has no region to name among the late ones.
			if (region != null && found.stream().anyMatch(TrajectoryAttention.Point::late)) {
				regionsWithLate.add(region);
			}
			if (!user.isNational() || !found.isEmpty()) {
				rows.add(new Row(trajectory.id(), trajectory.title(), region, trajectory.activeStep(), found));
			}
		}
		List<TrajectoryAttention.Point> general = new ArrayList<>();
		this.contributions.forEach((contribution) -> general.addAll(contribution.general(user)));
		return new Home(rows, List.copyOf(regionsWithLate), open.size(), general);
	}

	/**
	 * The start page's trajectories.
	 *
	 * @param trajectories the trajectories shown, by title
	 * @param regionsWithLate the names of regions where something is late
	 * @param open how many open trajectories this person sees in all
	 * @param general what needs attention outside any trajectory (requests to start)
	 */
	public record Home(List<Row> trajectories, List<String> regionsWithLate, int open,
			List<TrajectoryAttention.Point> general) {
	}

	/**
	 * A trajectory on the start page.
	 *
	 * @param id its id
	 * @param title its title
	 * @param region its region's name
	 * @param activeStep the step that runs, or {@code null}
	 * @param points what needs attention
	 */
	public record Row(long id, String title, String region, StepType activeStep,
			List<TrajectoryAttention.Point> points) {
	}

}
