package nl.nvp.goedegesprek.meeting.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.MeetingRef;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.Places;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as the coordinators who run a trajectory plan them: the list with its counts,
 * plan a meeting, change it.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final Trajectories trajectories;

	private final MeetingAccess access;

	private final Places places;

	Meetings(MeetingRepository meetings, RegistrationRepository registrations, Trajectories trajectories,
			MeetingAccess access, Places places) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.trajectories = trajectories;
		this.access = access;
		this.places = places;
	}

	/**
	 * A trajectory's meetings, oldest first, as other modules refer to them (no
	 * participants' data; the caller checks who may see the trajectory).
	 */
	public List<MeetingRef> meetingsOf(long trajectoryId) {
		List<MeetingRef> refs = new ArrayList<>(
				this.meetings.findByTrajectoryIdInOrderByDateDescStartTimeDesc(List.of(trajectoryId))
					.stream()
					.map((meeting) -> new MeetingRef(meeting.getId(), meeting.getTitle(), meeting.getDate()))
					.toList());
		Collections.reverse(refs);
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
		Map<Long, long[]> counts = new HashMap<>();
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

	@Transactional
	long create(long trajectoryId, MeetingForm form, AccountPrincipal user) {
		this.access.trajectoryToPlanIn(trajectoryId, user);
		Meeting meeting = new Meeting(trajectoryId);
		meeting.describe(form);
		return this.meetings.save(meeting).getId();
	}

	MeetingForm editForm(long id, AccountPrincipal user) {
		return MeetingForm.of(this.access.editable(id, user));
	}

	/** Changes the meeting; places that a larger capacity opens up go to the waitlist. */
	@Transactional
	void update(long id, MeetingForm form, AccountPrincipal user) {
		this.meetings.lockById(id).orElseThrow(NotFoundException::new);
		Meeting meeting = this.access.editable(id, user);
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

}
