package nl.nvp.goedegesprek.trajectory;

import java.util.Set;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Trajectories for tests, made through the domain's own methods.
 */
@TestComponent
public class TrajectoryFixtures {

	private final TrajectoryRepository repository;

	private final TransactionTemplate transactions;

	TrajectoryFixtures(TrajectoryRepository repository, TransactionTemplate transactions) {
		this.repository = repository;
		this.transactions = transactions;
	}

	/** A full trajectory in concept, run by the given coordinators. */
	public long create(String regionCode, String title, Long... coordinatorIds) {
		return this.transactions.execute((status) -> {
			Trajectory trajectory = new Trajectory(regionCode, TrajectoryVariant.FULL, StepType.FULL);
			trajectory.describe(title, null, null, null, null);
			trajectory.assign(Set.of(coordinatorIds));
			return this.repository.save(trajectory).getId();
		});
	}

	/**
	 * A national project's trajectory in concept (decision 45), drawing from these
	 * regions (none: the whole country), run by the given coordinators.
	 */
	public long createNationalProject(String title, Set<String> reach, Long... coordinatorIds) {
		return this.transactions.execute((status) -> {
			Trajectory trajectory = new Trajectory(null, TrajectoryVariant.NATIONAL_PROJECT, Set.of());
			trajectory.describe(title, "Een doel", null, null, null);
			trajectory.reach(reach);
			trajectory.assign(Set.of(coordinatorIds));
			return this.repository.save(trajectory).getId();
		});
	}

	/** A full trajectory whose first step is active. */
	public long createRunning(String regionCode, String title, Long... coordinatorIds) {
		long id = create(regionCode, title, coordinatorIds);
		this.transactions
			.executeWithoutResult((status) -> this.repository.findById(id).orElseThrow().startStep(StepType.KICK_OFF));
		return id;
	}

	public long version(long id) {
		return this.transactions.execute((status) -> this.repository.findById(id).orElseThrow().getVersion());
	}

	public String status(long id) {
		return this.transactions.execute((status) -> this.repository.findById(id).orElseThrow().getStatus().name());
	}

	public String stepState(long id, String step) {
		return this.transactions.execute((status) -> this.repository.findById(id)
			.orElseThrow()
			.getSteps()
			.stream()
			.filter((s) -> s.getType().name().equals(step))
			.findFirst()
			.orElseThrow()
			.getState()
			.name());
	}

}
