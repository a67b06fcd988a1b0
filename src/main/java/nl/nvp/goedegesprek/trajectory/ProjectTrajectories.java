package nl.nvp.goedegesprek.trajectory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trajectory of a national dialogue project (decision 45): a trajectory without a
 * region, of variant {@link TrajectoryVariant#NATIONAL_PROJECT}, with the regions it
 * draws from (none: the whole country). The project module makes and changes it here, in
 * its own transaction, and keeps what else a project needs (period, roles, target) in its
 * own tables. Only national coordinators make one; who sees and who changes it is
 * {@link TrajectoryAccess}, as for any trajectory.
 */
@Service
@Transactional(readOnly = true)
public class ProjectTrajectories {

	private static final Specification<Trajectory> NATIONAL = (root, query, cb) -> cb.equal(root.get("variant"),
			TrajectoryVariant.NATIONAL_PROJECT);

	private final TrajectoryRepository repository;

	private final TransactionLocks locks;

	ProjectTrajectories(TrajectoryRepository repository, TransactionLocks locks) {
		this.repository = repository;
		this.locks = locks;
	}

	/**
	 * Makes the trajectory of a new national project, in the caller's transaction; the
	 * person who makes it is in its team of coordinators.
	 * @param draft title, aim and reach
	 * @param user a national coordinator
	 * @return the trajectory's id
	 * @throws RuleException ({@code trajectory.rule.projectTitleExists}) when a national
	 * project with this title exists (not cancelled)
	 */
	@Transactional
	public long create(Draft draft, AccountPrincipal user) {
		if (!user.isNational()) {
			throw new AccessDeniedException("Only national coordinators make a national project");
		}
		// One national project per title: the same form sent from two tabs makes one
		// (decision 28).
		this.locks.lock("trajectory-title", "national");
		if (this.repository.existsWithTitle(null, draft.title().strip())) {
			throw new RuleException("trajectory.rule.projectTitleExists");
		}
		Trajectory trajectory = new Trajectory(null, TrajectoryVariant.NATIONAL_PROJECT, Set.of());
		trajectory.describe(draft.title(), draft.aim(), null, null, null);
		trajectory.reach(draft.reach());
		trajectory.assign(Set.of(user.id()));
		return this.repository.save(trajectory).getId();
	}

	/**
	 * Changes a national project's title, aim and reach, if this person runs it (a
	 * national coordinator or one of its coordinators) and it is still the version they
	 * saw (its version goes up), in the caller's transaction.
	 * @throws NotFoundException when it is no national project this person sees
	 * @throws AccessDeniedException when this person only sees it
	 * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when it
	 * changed meanwhile
	 * @throws RuleException when it is closed, or another project has the title
	 */
	@Transactional
	public void change(long id, long version, Draft draft, AccountPrincipal user) {
		Trajectory trajectory = TrajectoryAccess.forChange(this.repository, id, version, user);
		if (!trajectory.getVariant().isNational()) {
			throw new NotFoundException();
		}
		String title = draft.title().strip();
		if (!title.equalsIgnoreCase(trajectory.getTitle().strip())) {
			this.locks.lock("trajectory-title", "national");
			if (this.repository.existsWithTitle(null, title)) {
				throw new RuleException("trajectory.rule.projectTitleExists");
			}
		}
		trajectory.describe(draft.title(), draft.aim(), trajectory.getContactName(), trajectory.getContactEmail(),
				trajectory.getContactPhone());
		trajectory.reach(draft.reach());
	}

	/**
	 * A national project's trajectory, if this person sees it.
	 * @param id the trajectory's id
	 * @param user the person
	 * @return the project, empty when it is none or not for this person
	 */
	public Optional<Project> find(long id, AccountPrincipal user) {
		return this.repository.findById(id)
			.filter((trajectory) -> trajectory.getVariant().isNational())
			.filter((trajectory) -> TrajectoryAccess.canView(user, trajectory))
			.map((trajectory) -> project(trajectory, user));
	}

	/**
	 * The regions a national project draws from, for a page whose person was allowed to
	 * see it (a card on the trajectory page).
	 * @param id the trajectory's id
	 * @return the CBS codes, sorted; empty for the whole country or no national project
	 */
	public List<String> reach(long id) {
		return this.repository.findById(id)
			.map((trajectory) -> trajectory.getReach().stream().sorted().toList())
			.orElse(List.of());
	}

	/**
	 * Every national project this person sees, by title: three statements (the
	 * trajectories, their reach, their steps) however many there are.
	 */
	public List<Project> visibleTo(AccountPrincipal user) {
		return this.repository
			.findAll(TrajectoryAccess.visibleTo(user).and(NATIONAL),
					Sort.by(Sort.Order.asc("title"), Sort.Order.asc("id")))
			.stream()
			.map((trajectory) -> project(trajectory, user))
			.toList();
	}

	private static Project project(Trajectory trajectory, AccountPrincipal user) {
		return new Project(trajectory.getId(), trajectory.getTitle(), trajectory.getDescription(),
				trajectory.getReach().stream().sorted().toList(), "TrajectoryStatus." + trajectory.getStatus().name(),
				trajectory.isReadOnly(), TrajectoryAccess.canEdit(user, trajectory) && !trajectory.isReadOnly(),
				trajectory.activeStep().map(TrajectoryStep::getType).orElse(null), trajectory.getVersion());
	}

	/**
	 * What a national coordinator fills in for a project's trajectory.
	 *
	 * @param title the project's title
	 * @param aim what it is for (the trajectory's description)
	 * @param reach the CBS codes of the regions it draws from; empty for the whole
	 * country
	 */
	public record Draft(String title, String aim, Set<String> reach) {

		public Draft {
			reach = Set.copyOf(reach);
		}

	}

	/**
	 * A national project's trajectory as one person sees it.
	 *
	 * @param id the trajectory's id
	 * @param title its title
	 * @param aim its aim (the trajectory's description), or {@code null}
	 * @param reach the CBS codes of the regions it draws from, sorted; empty for the
	 * whole country
	 * @param status the message key of its status
	 * @param closed whether it is finished or cancelled
	 * @param editable whether this person may change it (and it is open)
	 * @param activeStep the step that runs, or {@code null}
	 * @param version its version, for a form that changes it
	 */
	public record Project(long id, String title, String aim, List<String> reach, String status, boolean closed,
			boolean editable, StepType activeStep, long version) {

		public boolean wholeCountry() {
			return this.reach.isEmpty();
		}

	}

}
