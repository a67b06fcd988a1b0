package nl.nvp.goedegesprek.meeting.planning;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and change a meeting: only the coordinators who run its trajectory see it
 * and who registered (participants' data is not for policymakers or other regions), and
 * they change it only while the trajectory is open.
 */
@Component
@Transactional(readOnly = true)
public class MeetingAccess {

	private final MeetingRepository meetings;

	private final Trajectories trajectories;

	MeetingAccess(MeetingRepository meetings, Trajectories trajectories) {
		this.meetings = meetings;
		this.trajectories = trajectories;
	}

	/** The trajectory in which this person plans a new meeting. */
	TrajectoryRef trajectoryToPlanIn(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.trajectories.find(trajectoryId, user).orElseThrow(NotFoundException::new);
		if (!trajectory.editable()) {
			throw new AccessDeniedException("Cannot plan meetings here");
		}
		return trajectory;
	}

	/**
	 * The trajectory whose meetings this person sees: they run it (also when it is
	 * closed).
	 */
	TrajectoryRef trajectoryRunBy(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.trajectories.find(trajectoryId, user).orElseThrow(NotFoundException::new);
		if (!trajectory.manageable()) {
			throw new AccessDeniedException("Only the trajectory's coordinators see its meetings");
		}
		return trajectory;
	}

	TrajectoryRef trajectoryOf(long id, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(NotFoundException::new);
		return trajectoryOf(meeting, user);
	}

	/**
	 * The meeting, if this person runs its trajectory (and, to change it, the trajectory
	 * is open).
	 */
	public Meeting runBy(long id, AccountPrincipal user, boolean toChange) {
		return toChange ? editable(id, user) : meetingRunBy(id, user);
	}

	/**
	 * Checks, without loading or locking the meeting, that this person runs its
	 * trajectory (and, to change it, that the trajectory is open), with the same answers
	 * as {@link #runBy}: before a row lock, so that someone without access never waits on
	 * or holds the lock of a meeting that is not theirs.
	 */
	void check(long id, AccountPrincipal user, boolean toChange) {
		long trajectoryId = this.meetings.findTrajectoryId(id).orElseThrow(NotFoundException::new);
		TrajectoryRef trajectory = this.trajectories.find(trajectoryId, user).orElseThrow(NotFoundException::new);
		if (!trajectory.manageable()) {
			throw new AccessDeniedException("Only the trajectory's coordinators see its meetings");
		}
		if (toChange && !trajectory.editable()) {
			throw new AccessDeniedException("Trajectory closed or not run by this person");
		}
	}

	/** The meeting's trajectory, if this person runs it. */
	public TrajectoryRef trajectoryOf(Meeting meeting, AccountPrincipal user) {
		TrajectoryRef trajectory = this.trajectories.find(meeting.getTrajectoryId(), user)
			.orElseThrow(NotFoundException::new);
		if (!trajectory.manageable()) {
			throw new AccessDeniedException("Only the trajectory's coordinators see its meetings");
		}
		return trajectory;
	}

	Meeting editable(long id, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(NotFoundException::new);
		if (!trajectoryOf(meeting, user).editable()) {
			throw new AccessDeniedException("Trajectory closed or not run by this person");
		}
		return meeting;
	}

	private Meeting meetingRunBy(long id, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(NotFoundException::new);
		trajectoryOf(meeting, user);
		return meeting;
	}

}
