package nl.nvp.goedegesprek.trajectory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.RuleException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Run a trajectory: start, complete or skip a step, finish or cancel it. Each change
 * loads the trajectory for change ({@link TrajectoryAccess#forChange}), so that its
 * version goes up and a simultaneous change is told instead of overwritten. Closing a
 * trajectory settles its meetings (decision 0025): cancelling cancels the ones that have
 * not begun, finishing waits until none is left.
 */
@Service
@Transactional(readOnly = true)
class TrajectorySteps {

	private final TrajectoryRepository repository;

	private final Clock clock;

	private final List<TrajectoryMeetings> meetings;

	private final List<StepWork> work;

	TrajectorySteps(TrajectoryRepository repository, Clock clock, List<TrajectoryMeetings> meetings,
			List<StepWork> work) {
		this.repository = repository;
		this.clock = clock;
		this.meetings = meetings;
		this.work = work;
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
		change(id, version, user, (trajectory) -> {
			if (!upcomingMeetings(id).isEmpty()) {
				throw new RuleException("trajectory.rule.finishHasUpcomingMeetings");
			}
			trajectory.finish(Instant.now(this.clock));
		});
	}

	/**
	 * Cancels the trajectory and its meetings that have not begun; the reason goes to
	 * everyone registered for them.
	 */
	@Transactional
	void cancel(long id, long version, String reason, AccountPrincipal user) {
		change(id, version, user, (trajectory) -> {
			trajectory.cancel(Instant.now(this.clock));
			if ((reason == null || reason.isBlank()) && !upcomingMeetings(id).isEmpty()) {
				throw new RuleException("trajectory.rule.cancelNeedsReason");
			}
			for (TrajectoryMeetings planned : this.meetings) {
				planned.cancelUpcoming(id, reason);
			}
		});
	}

	/**
	 * What still runs in a step, which completing it would leave behind (the caller
	 * checked who may see the trajectory).
	 */
	List<StepWork.Open> openWork(long id, StepType step) {
		return this.work.stream().flatMap((running) -> running.open(id, step).stream()).toList();
	}

	/** The trajectory's meetings yet to come (the caller checked who may see it). */
	List<TrajectoryMeetings.Upcoming> upcomingMeetings(long id) {
		return this.meetings.stream().flatMap((planned) -> planned.upcoming(id).stream()).toList();
	}

	/**
	 * A change of a step changes the trajectory: its "last changed" moves too (a step's
	 * row alone would leave it at the creation time).
	 */
	private void change(long id, long version, AccountPrincipal user, Consumer<Trajectory> action) {
		Trajectory trajectory = TrajectoryAccess.forChange(this.repository, id, version, user);
		action.accept(trajectory);
		trajectory.stepsChanged(Instant.now(this.clock));
	}

}
