package nl.nvp.goedegesprek.meeting.planning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.MeetingFill;
import nl.nvp.goedegesprek.meeting.MeetingFill.RoleFill;
import nl.nvp.goedegesprek.meeting.MeetingFill.Status;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All meetings of a trajectory on one page, with how full each is per role (issue 17):
 * for each role the places taken against its quota (or the meeting's places when the role
 * has none), and how many wait. Counted in the database, in three statements for the
 * meetings, however many there are.
 */
@Service
@Transactional(readOnly = true)
public class MeetingOverview {

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final MeetingAccess access;

	private final Clock clock;

	MeetingOverview(MeetingRepository meetings, RegistrationRepository registrations, MeetingAccess access,
			Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.access = access;
		this.clock = clock;
	}

	/** The trajectory's meetings, soonest first, if this person may see its meetings. */
	Overview of(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.trajectoryRunBy(trajectoryId, user);
		List<Meeting> found = new ArrayList<>(
				this.meetings.findByTrajectoryIdInOrderByDateDescStartTimeDesc(List.of(trajectoryId)));
		Collections.reverse(found);
		return new Overview(trajectory, fill(found));
	}

	/**
	 * A trajectory's meetings of one type (a national project's dialogues), soonest
	 * first, with how full they are: three statements however many there are. The caller
	 * checks who may see them.
	 */
	public List<MeetingFill> ofType(long trajectoryId, MeetingType type) {
		return fill(this.meetings.findByTrajectoryIdAndTypeOrderByDateAscStartTimeAscIdAsc(trajectoryId, type));
	}

	private List<MeetingFill> fill(List<Meeting> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(Meeting::getId).toList();
		Map<Long, Map<ParticipantRole, Integer>> quotas = new HashMap<>();
		for (Object[] quota : this.meetings.findQuotas(ids)) {
			quotas.computeIfAbsent((Long) quota[0], (id) -> new EnumMap<>(ParticipantRole.class))
				.put((ParticipantRole) quota[1], (Integer) quota[2]);
		}
		Map<Long, Map<ParticipantRole, long[]>> counts = new HashMap<>();
		for (RegistrationRepository.Count count : this.registrations.countByMeetings(ids)) {
			int at = switch (count.status()) {
				case CONFIRMED -> 0;
				case WAITLISTED -> 1;
				default -> -1;
			};
			if (at >= 0) {
				counts.computeIfAbsent(count.meetingId(), (id) -> new EnumMap<>(ParticipantRole.class))
					.computeIfAbsent(count.role(), (role) -> new long[2])[at] += count.count();
			}
		}
		List<MeetingFill> rows = new ArrayList<>();
		for (Meeting meeting : found) {
			rows.add(row(meeting, quotas.getOrDefault(meeting.getId(), Map.of()),
					counts.getOrDefault(meeting.getId(), Map.of())));
		}
		return rows;
	}

	private MeetingFill row(Meeting meeting, Map<ParticipantRole, Integer> quotas,
			Map<ParticipantRole, long[]> counts) {
		List<RoleFill> roles = new ArrayList<>();
		long confirmed = 0;
		long waitlisted = 0;
		for (ParticipantRole role : ParticipantRole.values()) {
			long[] count = counts.getOrDefault(role, new long[2]);
			confirmed += count[0];
			waitlisted += count[1];
			Integer quota = quotas.get(role);
			if (quota != null || count[0] > 0 || count[1] > 0) {
				roles.add(new RoleFill(role, count[0], (quota != null) ? quota : meeting.getCapacity(), quota != null,
						count[1]));
			}
		}
		Status status = meeting.isCancelled() ? Status.CANCELLED
				: meeting.hasStarted(this.clock) ? Status.HELD : Status.UPCOMING;
		return new MeetingFill(meeting.getId(), meeting.getTitle(), meeting.getDate(), meeting.getStartTime(),
				meeting.getEndTime(), meeting.isOnline(), meeting.getAddress(), status, meeting.getCapacity(),
				confirmed, waitlisted, roles);
	}

	/** The trajectory and its meetings. */
	record Overview(TrajectoryRef trajectory, List<MeetingFill> meetings) {
	}

}
