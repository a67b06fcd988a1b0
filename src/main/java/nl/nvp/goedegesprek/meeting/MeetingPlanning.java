package nl.nvp.goedegesprek.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as the coordinators who run a trajectory plan and run them. Only they see who
 * registered: participants' data is not for policymakers or other regions.
 */
@Service
@Transactional(readOnly = true)
public class MeetingPlanning {

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final Trajectories trajectories;

	private final MeetingRegistrations places;

	private final Clock clock;

	MeetingPlanning(MeetingRepository meetings, RegistrationRepository registrations, Trajectories trajectories,
			MeetingRegistrations places, Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.trajectories = trajectories;
		this.places = places;
		this.clock = clock;
	}

	/**
	 * A trajectory's meetings, oldest first, as other modules refer to them (no
	 * participants' data; the caller checks who may see the trajectory).
	 */
	public List<MeetingRef> meetingsOf(long trajectoryId) {
		List<MeetingRef> refs = new java.util.ArrayList<>(
				this.meetings.findByTrajectoryIdInOrderByDateDescStartTimeDesc(List.of(trajectoryId))
					.stream()
					.map((meeting) -> new MeetingRef(meeting.getId(), meeting.getTitle(), meeting.getDate()))
					.toList());
		java.util.Collections.reverse(refs);
		return refs;
	}

	/**
	 * The meetings of every trajectory this person runs, newest first, with their counts.
	 */
	List<MeetingViews.Row> list(AccountPrincipal user) {
		Map<Long, TrajectoryRef> run = this.trajectories.visibleTo(user)
			.stream()
			.filter(TrajectoryRef::manageable)
			.collect(Collectors.toMap(TrajectoryRef::id, Function.identity()));
		if (run.isEmpty()) {
			return List.of();
		}
		List<Meeting> found = this.meetings.findByTrajectoryIdInOrderByDateDescStartTimeDesc(run.keySet());
		Map<Long, long[]> counts = new java.util.HashMap<>();
		if (!found.isEmpty()) {
			this.registrations.countByMeetings(found.stream().map(Meeting::getId).toList()).forEach((count) -> {
				long[] totals = counts.computeIfAbsent(count.meetingId(), (id) -> new long[2]);
				if (count.status() == RegistrationStatus.CONFIRMED) {
					totals[0] += count.count();
				}
				else if (count.status() == RegistrationStatus.WAITLISTED) {
					totals[1] += count.count();
				}
			});
		}
		return found.stream().map((meeting) -> {
			long[] totals = counts.getOrDefault(meeting.getId(), new long[2]);
			return new MeetingViews.Row(meeting.getId(), meeting.getTitle(), meeting.getType(), meeting.getDate(),
					meeting.getStartTime(), run.get(meeting.getTrajectoryId()).title(), meeting.getCapacity(),
					totals[0], totals[1], meeting.isCancelled());
		}).toList();
	}

	/** The trajectory in which this person plans a new meeting. */
	TrajectoryRef trajectoryToPlanIn(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.trajectories.find(trajectoryId, user).orElseThrow(NotFoundException::new);
		if (!trajectory.editable()) {
			throw new AccessDeniedException("Cannot plan meetings here");
		}
		return trajectory;
	}

	@Transactional
	long create(long trajectoryId, MeetingForm form, AccountPrincipal user) {
		trajectoryToPlanIn(trajectoryId, user);
		Meeting meeting = new Meeting(trajectoryId);
		meeting.describe(form);
		return this.meetings.save(meeting).getId();
	}

	MeetingForm editForm(long id, AccountPrincipal user) {
		return MeetingForm.of(editable(id, user));
	}

	TrajectoryRef trajectoryOf(long id, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(NotFoundException::new);
		return run(meeting, user);
	}

	/** Changes the meeting; places that a larger capacity opens up go to the waitlist. */
	@Transactional
	void update(long id, MeetingForm form, AccountPrincipal user) {
		this.meetings.lockById(id).orElseThrow(NotFoundException::new);
		Meeting meeting = editable(id, user);
		if (meeting.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Meeting.class, id);
		}
		long confirmed = this.registrations.countByMeetingIdAndStatus(id, RegistrationStatus.CONFIRMED);
		if (form.getCapacity() < confirmed) {
			throw new PlacesTakenException("capacity", confirmed);
		}
		for (Map.Entry<ParticipantRole, Integer> quota : form.quotas().entrySet()) {
			long inRole = this.registrations.countByMeetingIdAndStatusAndRole(id, RegistrationStatus.CONFIRMED,
					quota.getKey());
			if (quota.getValue() < inRole) {
				throw new PlacesTakenException("quota[" + quota.getKey() + "]", inRole);
			}
		}
		boolean moved = !meeting.getDate().equals(form.getDate());
		meeting.describe(form);
		this.meetings.flush();
		if (moved) {
			this.registrations.forgetReminders(id);
		}
		this.places.moveUpWaitlist(meeting);
	}

	MeetingViews.Details details(long id, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(NotFoundException::new);
		TrajectoryRef trajectory = run(meeting, user);
		List<Registration> active = this.registrations.findActiveByMeeting(id);
		Map<ParticipantRole, long[]> perRole = new EnumMap<>(ParticipantRole.class);
		List<MeetingViews.Attendee> confirmed = new ArrayList<>();
		List<MeetingViews.Attendee> waitlist = new ArrayList<>();
		List<MeetingViews.Attendee> pending = new ArrayList<>();
		for (Registration registration : active) {
			long[] counts = perRole.computeIfAbsent(registration.getRole(), (role) -> new long[3]);
			MeetingViews.Attendee attendee = MeetingViews.Attendee.of(registration);
			switch (registration.getStatus()) {
				case CONFIRMED -> {
					counts[0]++;
					confirmed.add(attendee);
				}
				case WAITLISTED -> {
					counts[1]++;
					waitlist.add(attendee);
				}
				case PENDING -> {
					counts[2]++;
					pending.add(attendee);
				}
				case CANCELLED -> {
				}
			}
		}
		waitlist.sort(java.util.Comparator.comparing(MeetingViews.Attendee::statusChangedAt)
			.thenComparing(MeetingViews.Attendee::id));
		List<MeetingViews.RoleCount> roles = new ArrayList<>();
		for (ParticipantRole role : ParticipantRole.values()) {
			long[] counts = perRole.getOrDefault(role, new long[3]);
			roles.add(new MeetingViews.RoleCount(role, counts[0], counts[1], counts[2], meeting.getQuotas().get(role)));
		}
		return new MeetingViews.Details(meeting.getId(), trajectory.id(), trajectory.title(), meeting.getStep(),
				MeetingViews.Public.of(meeting, java.time.LocalDate.now(this.clock)), meeting.getCapacity(),
				meeting.getOnlineLink(), Map.copyOf(meeting.getQuotas()), confirmed.size(), waitlist.size(),
				pending.size(), roles, confirmed, waitlist, pending, trajectory.editable(), meeting.getVersion());
	}

	/** Marks someone present on the day (or undoes it). */
	@Transactional
	void checkIn(long meetingId, long registrationId, boolean present, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		run(meeting, user);
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

	/**
	 * The meeting, if this person runs its trajectory (and, to change it, the trajectory
	 * is open).
	 */
	Meeting runBy(long id, AccountPrincipal user, boolean toChange) {
		return toChange ? editable(id, user) : meetingRunBy(id, user);
	}

	private Meeting meetingRunBy(long id, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(NotFoundException::new);
		run(meeting, user);
		return meeting;
	}

	private Meeting editable(long id, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(NotFoundException::new);
		if (!run(meeting, user).editable()) {
			throw new AccessDeniedException("Trajectory closed or not run by this person");
		}
		return meeting;
	}

	private TrajectoryRef run(Meeting meeting, AccountPrincipal user) {
		TrajectoryRef trajectory = this.trajectories.find(meeting.getTrajectoryId(), user)
			.orElseThrow(NotFoundException::new);
		if (!trajectory.manageable()) {
			throw new AccessDeniedException("Only the trajectory's coordinators see its meetings");
		}
		return trajectory;
	}

}
