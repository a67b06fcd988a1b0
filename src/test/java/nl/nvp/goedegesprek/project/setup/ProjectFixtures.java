package nl.nvp.goedegesprek.project.setup;

import java.time.LocalDate;
import java.util.Set;

import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * National projects for tests: the trajectory (TrajectoryFixtures) and its settings, made
 * through the domain's own methods.
 */
@TestComponent
public class ProjectFixtures {

	private final TrajectoryFixtures trajectories;

	private final NationalProjectRepository repository;

	private final TransactionTemplate transactions;

	ProjectFixtures(TrajectoryFixtures trajectories, NationalProjectRepository repository,
			TransactionTemplate transactions) {
		this.trajectories = trajectories;
		this.repository = repository;
		this.transactions = transactions;
	}

	/**
	 * A national project with the four default roles and a target of 43, from 1 September
	 * 2026 to 30 June 2027, drawing from these regions (none: the whole country).
	 */
	public long create(String title, Set<String> reach, Long... coordinatorIds) {
		long id = this.trajectories.createNationalProject(title, reach, coordinatorIds);
		this.transactions.executeWithoutResult((status) -> {
			NationalProject project = new NationalProject(id);
			project.settle(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 43, NationalProject.DEFAULT_ROLES);
			this.repository.save(project);
		});
		return id;
	}

	public int target(long id) {
		return this.transactions.execute((status) -> this.repository.findById(id).orElseThrow().getTargetDialogues());
	}

}
