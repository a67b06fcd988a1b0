package nl.nvp.goedegesprek.trajectory;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import nl.nvp.goedegesprek.account.AccountPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Run a trajectory: start, complete or skip a step, finish or cancel it. Each change
 * loads the trajectory for change ({@link TrajectoryAccess#forChange}), so that its
 * version goes up and a simultaneous change is told instead of overwritten.
 */
@Service
@Transactional(readOnly = true)
class TrajectorySteps {

	private final TrajectoryRepository repository;

	private final Clock clock;

	TrajectorySteps(TrajectoryRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional
	void startStep(long id, long version, StepType step, AccountPrincipal user) {
		change(id, version, user, (trajectory) -> trajectory.startStep(step));
	}

	@Transactional
	void completeStep(long id, long version, StepType step, AccountPrincipal user) {
		change(id, version, user, (trajectory) -> trajectory.completeStep(step));
	}

	@Transactional
	void skipStep(long id, long version, StepType step, AccountPrincipal user) {
		change(id, version, user, (trajectory) -> trajectory.skipStep(step));
	}

	@Transactional
	void finish(long id, long version, AccountPrincipal user) {
		change(id, version, user, (trajectory) -> trajectory.finish(Instant.now(this.clock)));
	}

	@Transactional
	void cancel(long id, long version, AccountPrincipal user) {
		change(id, version, user, (trajectory) -> trajectory.cancel(Instant.now(this.clock)));
	}

	private void change(long id, long version, AccountPrincipal user, Consumer<Trajectory> action) {
		action.accept(TrajectoryAccess.forChange(this.repository, id, version, user));
	}

}
