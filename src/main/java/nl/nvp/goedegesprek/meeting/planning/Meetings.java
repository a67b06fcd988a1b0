package nl.nvp.goedegesprek.meeting.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.MeetingRef;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.MeetingNotices;
import nl.nvp.goedegesprek.meeting.registration.Places;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.ReadMemo;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as the coordinators who run a trajectory plan them: the list with its counts,
 * plan a meeting, change it, move it or cancel it (everyone registered hears of it once:
 * {@link MeetingNotices}).
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final Trajectories trajectories;

	private final MeetingAccess access;

	private final Places places;

	private final MeetingNotices notices;

	private final Clock clock;

	private final TransactionLocks locks;

	Meetings(MeetingRepository meetings, RegistrationRepository registrations, Trajectories trajectories,
			MeetingAccess access, Places places, MeetingNotices notices, Clock clock, TransactionLocks locks) {
		this.locks = locks;
		this.meetings = meetings;
		this.registrations = registrations;
		this.trajectories = trajectories;
		this.access = access;
		this.places = places;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * A trajectory's meetings, oldest first, as other modules refer to them (no
	 * participants' data; the caller checks who may see the trajectory).
	 */
	public List<MeetingRef> meetingsOf(long trajectoryId) {
		List<MeetingRef> refs = new ArrayList<>(latestFirst(trajectoryId).stream()
			.map((meeting) -> new MeetingRef(meeting.getId(), meeting.getTitle(), meeting.getDate()))
			.toList());
		Collections.reverse(refs);
		return refs;
	}

	/** How many meetings of one type a trajectory has that are not cancelled. */
	public long countPlannedOfType(long trajectoryId, MeetingType type) {
		if (ReadMemo.isKept()) {
			return latestFirst(trajectoryId).stream()
				.filter((meeting) -> meeting.getType() == type && !meeting.isCancelled())
				.count();
		}
		return this.meetings.countByTrajectoryIdAndTypeAndCancelledFalse(trajectoryId, type);
	}

	/** A trajectory's meetings of one type that are not cancelled, soonest first. */
	public List<MeetingRef> plannedOfType(long trajectoryId, MeetingType type) {
		List<Meeting> found;
		if (ReadMemo.isKept()) {
			found = latestFirst(trajectoryId).stream()
				.filter((meeting) -> meeting.getType() == type)
				.sorted(SOONEST_FIRST)
				.toList();
		}
		else {
			found = this.meetings.findByTrajectoryIdAndTypeOrderByDateAscStartTimeAscIdAsc(trajectoryId, type);
		}
		return found.stream()
			.filter((meeting) -> !meeting.isCancelled())
			.map((meeting) -> new MeetingRef(meeting.getId(), meeting.getTitle(), meeting.getDate()))
			.toList();
	}

	/** The order of {@code findByTrajectoryIdAndTypeOrderByDateAscStartTimeAscIdAsc}. */
	private static final Comparator<Meeting> SOONEST_FIRST = Comparator.comparing(Meeting::getDate)
		.thenComparing(Meeting::getStartTime)
		.thenComparing(Meeting::getId);

	/**
	 * A trajectory's meetings, latest first (date and start descending): one statement,
	 * read once per read-only transaction (the trajectory's page asks from several
	 * cards).
	 */
	List<Meeting> latestFirst(long trajectoryId) {
		return ReadMemo.of(new LatestFirst(trajectoryId),
				() -> this.meetings.findByTrajectoryIdOrderByDateDescStartTimeDesc(trajectoryId));
	}

	private record LatestFirst(long trajectoryId) {
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
		return rows(run, this.meetings.findByTrajectoryIdInOrderByDateDescStartTimeDesc(run.keySet()));
	}

	/**
	 * The meetings of one trajectory, soonest first, with their counts (the trajectory's
	 * page; the caller checked who may see it). Two statements, however many meetings.
	 */
	List<MeetingViews.Row> ofTrajectory(TrajectoryRef trajectory) {
		List<Meeting> found = latestFirst(trajectory.id());
		List<MeetingViews.Row> rows = new ArrayList<>(rows(Map.of(trajectory.id(), trajectory), found,
				found.isEmpty() ? List.of() : this.registrations.countByTrajectory(trajectory.id())));
		Collections.reverse(rows);
		return rows;
	}

	private List<MeetingViews.Row> rows(Map<Long, TrajectoryRef> trajectories, List<Meeting> found) {
		return rows(trajectories, found, found.isEmpty() ? List.of()
				: this.registrations.countByMeetings(found.stream().map(Meeting::getId).toList()));
	}

	private List<MeetingViews.Row> rows(Map<Long, TrajectoryRef> trajectories, List<Meeting> found,
			List<RegistrationRepository.Count> registered) {
		Map<Long, long[]> counts = new HashMap<>();
		if (!found.isEmpty()) {
			registered.forEach((count) -> {
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
					meeting.getStartTime(), trajectories.get(meeting.getTrajectoryId()).title(), meeting.getCapacity(),
					totals[0], totals[1], meeting.isCancelled());
		}).toList();
	}

	/**
	 * Plans a meeting. A trajectory has one meeting (not cancelled) per start: the same
	 * form sent from two tabs, or by two coordinators, plans one (decision 28).
	 */
	@Transactional
	long create(long trajectoryId, MeetingForm form, AccountPrincipal user) {
		this.access.trajectoryToPlanIn(trajectoryId, user);
		this.locks.lock("meeting-start", trajectoryId);
		if (this.meetings.existsStartingAt(trajectoryId, form.getDate(), form.getStartTime())) {
			throw new RuleException("MeetingForm.date.taken");
		}
		Meeting meeting = new Meeting(trajectoryId);
		meeting.describe(form);
		return this.meetings.save(meeting).getId();
	}

	MeetingForm editForm(long id, AccountPrincipal user) {
		return MeetingForm.of(this.access.editable(id, user));
	}

	/** A new meeting like this one, if this person may change it (issue 17). */
	MeetingForm copyForm(long id, AccountPrincipal user) {
		return MeetingForm.copyOf(this.access.editable(id, user));
	}

	/**
	 * The fields of the edit form that cannot change any more: the schedule, once the
	 * meeting has started.
	 */
	List<String> fixedFields(long id) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(NotFoundException::new);
		return meeting.hasStarted(this.clock) ? Meeting.SCHEDULE_FIELDS : List.of();
	}

	/**
	 * Changes the meeting; places that a larger capacity opens up go to the waitlist. A
	 * change of date, time, place or online link is a move: reminders are due again and
	 * everyone with a place or on the waitlist gets one mail saying what changed; once
	 * the meeting has started they cannot change any more. Access is checked before the
	 * meeting row is locked (someone else's meeting is never locked). The meeting row is
	 * locked and the version checked, so a second submit of the same form is refused
	 * instead of mailing everyone twice.
	 */
	@Transactional
	void update(long id, MeetingForm form, AccountPrincipal user) {
		this.access.check(id, user, true);
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
		if (meeting.isCancelled()) {
			throw new RuleException("meeting.rule.cancelled");
		}
		if (meeting.hasStarted(this.clock)) {
			List<String> fixed = meeting.scheduleChangesIn(form);
			if (!fixed.isEmpty()) {
				throw new ScheduleFixedException(fixed, meeting.schedule());
			}
		}
		Meeting.Schedule before = meeting.describe(form);
		this.meetings.flush();
		if (before != null) {
			this.notices.moved(meeting, before);
		}
		this.places.moveUpWaitlist(meeting);
	}

	MeetingViews.Public view(Meeting meeting) {
		return MeetingViews.Public.of(meeting, this.clock);
	}

	/**
	 * How many have a place and how many wait: who hears that the meeting is cancelled.
	 */
	long[] counts(long id) {
		return new long[] { this.registrations.countByMeetingIdAndStatus(id, RegistrationStatus.CONFIRMED),
				this.registrations.countByMeetingIdAndStatus(id, RegistrationStatus.WAITLISTED) };
	}

	/**
	 * The meeting to cancel, if this person runs its trajectory: also when the trajectory
	 * is closed, so that its meetings can still be settled.
	 */
	Meeting toCancel(long id, AccountPrincipal user) {
		return this.access.runBy(id, user, false);
	}

	/**
	 * Cancels the meeting for this reason: registration closes, reminders stop, and
	 * everyone with a place or on the waitlist gets one mail with a calendar file that
	 * cancels the entry. Cancelling a cancelled meeting changes nothing and mails nobody
	 * (the row lock makes a second submit wait and see the first); a meeting that has
	 * begun cannot be cancelled.
	 */
	@Transactional
	void cancel(long id, String reason, AccountPrincipal user) {
		this.access.check(id, user, false);
		this.meetings.lockById(id).orElseThrow(NotFoundException::new);
		Meeting meeting = toCancel(id, user);
		if (meeting.isCancelled()) {
			return;
		}
		if (!meeting.isUpcoming(this.clock.instant(), this.clock.getZone())) {
			throw new RuleException("meeting.rule.cancelStarted");
		}
		cancel(meeting, reason);
	}

	/**
	 * The meetings of a trajectory that have not begun and are not cancelled, soonest
	 * first.
	 */
	List<Meeting> upcoming(long trajectoryId) {
		List<Meeting> upcoming = new ArrayList<>(latestFirst(trajectoryId).stream()
			.filter((meeting) -> !meeting.isCancelled()
					&& meeting.isUpcoming(this.clock.instant(), this.clock.getZone()))
			.toList());
		Collections.reverse(upcoming);
		return upcoming;
	}

	/** Cancels every meeting of the trajectory that has not begun, for this reason. */
	@Transactional
	int cancelUpcoming(long trajectoryId, String reason) {
		int cancelled = 0;
		// Each row is locked before it is read, so a second request at the same time
		// waits and then sees the cancellation (and mails nobody again).
		for (long id : this.meetings.findIdsNotCancelled(trajectoryId)) {
			Meeting meeting = this.meetings.lockById(id).orElseThrow(NotFoundException::new);
			if (!meeting.isCancelled() && meeting.isUpcoming(this.clock.instant(), this.clock.getZone())) {
				cancel(meeting, reason);
				cancelled++;
			}
		}
		return cancelled;
	}

	private void cancel(Meeting meeting, String reason) {
		meeting.cancel(reason.strip(), this.clock.instant());
		this.meetings.flush();
		this.notices.cancelled(meeting);
	}

}
