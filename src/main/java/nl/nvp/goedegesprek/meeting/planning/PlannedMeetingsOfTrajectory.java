package nl.nvp.goedegesprek.meeting.planning;

import java.util.List;

import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.trajectory.TrajectoryMeetings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a trajectory's meetings when it closes (decision 0025): what the trajectory's
 * cancel page lists, and the cancellation itself.
 */
@Component
class PlannedMeetingsOfTrajectory implements TrajectoryMeetings {

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

	@Override
	public int cancelUpcoming(long trajectoryId, String reason) {
		return this.meetings.cancelUpcoming(trajectoryId, reason);
	}

}
