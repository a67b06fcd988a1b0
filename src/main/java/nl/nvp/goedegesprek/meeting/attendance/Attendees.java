package nl.nvp.goedegesprek.meeting.attendance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingAccess;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;
import nl.nvp.goedegesprek.meeting.planning.MeetingViews;
import nl.nvp.goedegesprek.meeting.registration.GuardianConsents;
import nl.nvp.goedegesprek.meeting.registration.Registration;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who comes to a meeting, for the coordinators who run its trajectory: registrations per
 * role against the quotas, the waitlist in its order, those who have not confirmed yet,
 * and check-in on the day.
 */
@Service
@Transactional(readOnly = true)
class Attendees {

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final MeetingAccess access;

	private final Clock clock;

	private final GuardianConsents consents;

	Attendees(MeetingRepository meetings, RegistrationRepository registrations, MeetingAccess access, Clock clock,
			GuardianConsents consents) {
		this.consents = consents;
		this.meetings = meetings;
		this.registrations = registrations;
		this.access = access;
		this.clock = clock;
	}

	AttendanceViews.Details details(long id, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(NotFoundException::new);
		TrajectoryRef trajectory = this.access.trajectoryOf(meeting, user);
		List<Registration> active = this.registrations.findActiveByMeeting(id);
		Map<Long, String> throughProject = this.consents.givenThroughProject(id);
		Map<ParticipantRole, long[]> perRole = new EnumMap<>(ParticipantRole.class);
		List<AttendanceViews.Attendee> confirmed = new ArrayList<>();
		List<AttendanceViews.Attendee> waitlist = new ArrayList<>();
		List<AttendanceViews.Attendee> pending = new ArrayList<>();
		for (Registration registration : active) {
			long[] counts = perRole.computeIfAbsent(registration.getRole(), (role) -> new long[3]);
			AttendanceViews.Attendee attendee = AttendanceViews.Attendee.of(registration,
					throughProject.get(registration.getId()));
			switch (registration.getStatus()) {
				case CONFIRMED -> {
					counts[0]++;
					confirmed.add(attendee);
				}
				case WAITLISTED -> {
					counts[1]++;
					waitlist.add(attendee);
				}
				case PENDING, AWAITING_CONSENT -> {
					counts[2]++;
					pending.add(attendee);
				}
				case CANCELLED -> {
				}
			}
		}
		waitlist.sort(Comparator.comparing(AttendanceViews.Attendee::statusChangedAt)
			.thenComparing(AttendanceViews.Attendee::id));
		List<AttendanceViews.RoleCount> roles = new ArrayList<>();
		for (ParticipantRole role : ParticipantRole.values()) {
			long[] counts = perRole.getOrDefault(role, new long[3]);
			roles.add(new AttendanceViews.RoleCount(role, counts[0], counts[1], counts[2],
					meeting.getQuotas().get(role)));
		}
		return new AttendanceViews.Details(meeting.getId(), trajectory.id(), trajectory.title(), meeting.getStep(),
				MeetingViews.Public.of(meeting, this.clock), meeting.getCapacity(), meeting.getOnlineLink(),
				Map.copyOf(meeting.getQuotas()), confirmed.size(), waitlist.size(), pending.size(), roles, confirmed,
				waitlist, pending, trajectory.editable(), meeting.getVersion(),
				!meeting.isCancelled() && meeting.isUpcoming(this.clock.instant(), this.clock.getZone()));
	}

	/**
	 * Marks someone present on the day (or undoes it). One at a time per registration, so
	 * that the button pressed twice, or on two screens, checks in once (decision 28).
	 */
	@Transactional
	void checkIn(long meetingId, long registrationId, boolean present, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		this.access.trajectoryOf(meeting, user);
		this.registrations.lockById(registrationId);
		Registration registration = this.registrations.findById(registrationId)
			.filter((found) -> found.getMeeting().getId().equals(meetingId))
			.filter((found) -> found.getStatus() == RegistrationStatus.CONFIRMED)
			.orElseThrow(NotFoundException::new);
		if (present) {
			registration.checkIn(this.clock.instant());
		}
		else {
			registration.undoCheckIn();
		}
	}

}
