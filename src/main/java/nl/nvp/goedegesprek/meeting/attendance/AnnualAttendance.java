package nl.nvp.goedegesprek.meeting.attendance;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.overview.AnnualMeetings;

import org.springframework.stereotype.Component;

/**
 * For the annual numbers of the national overview: the meetings that took place and their
 * participants per role, counted in the database. A meeting took place when it was not
 * cancelled and its start (Dutch time) has passed; its participants are the registrations
 * with a place, and where someone was checked in at the meeting only those checked in
 * (kept also after the retention job anonymised them). One statement each.
 */
@Component
class AnnualAttendance implements AnnualMeetings {

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final Clock clock;

	AnnualAttendance(MeetingRepository meetings, RegistrationRepository registrations, Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.clock = clock;
	}

	@Override
	public List<String> roles() {
		return Arrays.stream(ParticipantRole.values()).map(AnnualAttendance::key).toList();
	}

	@Override
	public List<Held> held(Collection<Long> trajectoryIds) {
		return this.meetings.countHeldPerYear(trajectoryIds, LocalDateTime.now(this.clock))
			.stream()
			.map((row) -> new Held(row.getTrajectoryId(), row.getYear(), row.getMeetings()))
			.toList();
	}

	@Override
	public List<Participants> participants(Collection<Long> trajectoryIds) {
		return this.registrations.countParticipantsPerYear(trajectoryIds, LocalDateTime.now(this.clock))
			.stream()
			.map((row) -> new Participants(row.getTrajectoryId(), row.getYear(),
					key(ParticipantRole.valueOf(row.getRole())), row.getParticipants()))
			.toList();
	}

	private static String key(ParticipantRole role) {
		return "ParticipantRole." + role.name();
	}

}
