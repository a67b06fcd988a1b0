package nl.nvp.goedegesprek.trajectory;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trajectory module's API for other modules: which trajectories a person may see (as
 * {@link TrajectoryRef}), whether one is closed, its public title and the ones due for
 * retention. Planning trajectories is {@link TrajectoryPlanning}, running their steps
 * {@link TrajectorySteps}.
 */
@Service
@Transactional(readOnly = true)
public class Trajectories {

	private final TrajectoryRepository repository;

	private final Clock clock;

	private final int retentionMonths;

	Trajectories(TrajectoryRepository repository, Clock clock,
			@Value("${goedegesprek.retention.months:12}") int retentionMonths) {
		this.repository = repository;
		this.clock = clock;
		this.retentionMonths = retentionMonths;
	}

	/**
	 * Whether a trajectory is finished or cancelled (for links of people without an
	 * account).
	 */
	@Transactional(readOnly = true)
	public boolean isClosed(long id) {
		return this.repository.findById(id).map(Trajectory::isReadOnly).orElse(true);
	}

	/**
	 * The trajectories that closed (finished or cancelled) longer ago than the retention
	 * period ({@code goedegesprek.retention.months}, 12 as the privacy statement says):
	 * the personal data of their participants and contact persons is due for removal.
	 */
	@Transactional(readOnly = true)
	public List<Long> dueForRetention() {
		return this.repository
			.findClosedBefore(ZonedDateTime.now(this.clock).minusMonths(this.retentionMonths).toInstant());
	}

	/**
	 * A trajectory's title, for a page its coordinators chose to make public (the public
	 * action plan); nothing else of the trajectory is shown there.
	 */
	public String publicTitle(long id) {
		return this.repository.findById(id).map(Trajectory::getTitle).orElseThrow(NotFoundException::new);
	}

	/**
	 * A trajectory's region (CBS code), for work done after the fact without a person at
	 * hand (the review invitations to the region's policymakers).
	 */
	public String regionCode(long id) {
		return this.repository.findById(id).map(Trajectory::getRegionCode).orElseThrow(NotFoundException::new);
	}

	/**
	 * Title and region of these trajectories, for public pages of what their coordinators
	 * published (the outputs). One statement.
	 * @param ids the trajectories
	 * @return by id, the ones that exist
	 */
	public Map<Long, PublicTrajectory> publicSummaries(Collection<Long> ids) {
		Map<Long, PublicTrajectory> summaries = new HashMap<>();
		if (!ids.isEmpty()) {
			this.repository.findPublicSummaries(ids).forEach((summary) -> summaries.put(summary.id(), summary));
		}
		return summaries;
	}

	/** For other modules: the trajectory if this person may see it. */
	public Optional<TrajectoryRef> find(long id, AccountPrincipal user) {
		return this.repository.findById(id)
			.filter((trajectory) -> TrajectoryAccess.canView(user, trajectory))
			.map((trajectory) -> TrajectoryAccess.ref(trajectory, user));
	}

	/**
	 * For other modules: every trajectory this person may see, in a fixed number of
	 * queries.
	 */
	public List<TrajectoryRef> visibleTo(AccountPrincipal user) {
		return this.repository.findAll(TrajectoryAccess.visibleTo(user))
			.stream()
			.map((trajectory) -> TrajectoryAccess.ref(trajectory, user))
			.toList();
	}

}
