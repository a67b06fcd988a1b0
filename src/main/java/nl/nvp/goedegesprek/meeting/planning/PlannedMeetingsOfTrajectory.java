package nl.nvp.goedegesprek.meeting.planning;

import java.util.List;

import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.StepWork;
import nl.nvp.goedegesprek.trajectory.TrajectoryMeetings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a trajectory's meetings when it closes (decision 0025): what the trajectory's
 * cancel page lists, and the cancellation itself; and names a step's meetings yet to come
 * when the step is completed.
 */
@Component
class PlannedMeetingsOfTrajectory implements TrajectoryMeetings, StepWork {

	private final Meetings meetings;

	private final RegistrationRepository registrations;

	PlannedMeetingsOfTrajectory(Meetings meetings, RegistrationRepository registrations) {
		this.meetings = meetings;
		this.registrations = registrations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Upcoming> upcoming(long trajectoryId) {
		return this.meetings.upcoming(trajectoryId)
			.stream()
			.map((meeting) -> new Upcoming(meeting.getTitle(), meeting.getDate(), meeting.getStartTime(),
					this.registrations.countByMeetingIdAndStatus(meeting.getId(), RegistrationStatus.CONFIRMED),
					this.registrations.countByMeetingIdAndStatus(meeting.getId(), RegistrationStatus.WAITLISTED)))
			.toList();
	}

	/** A step's meetings yet to come. */
	@Override
	@Transactional(readOnly = true)
	public List<Open> open(long trajectoryId, StepType step) {
		return this.meetings.upcoming(trajectoryId)
			.stream()
			.filter((meeting) -> meeting.getStep() == step)
			.map((meeting) -> new Open("meeting", meeting.getTitle(), meeting.getDate()))
			.toList();
	}

	@Override
	public int cancelUpcoming(long trajectoryId, String reason) {
		return this.meetings.cancelUpcoming(trajectoryId, reason);
	}

}
