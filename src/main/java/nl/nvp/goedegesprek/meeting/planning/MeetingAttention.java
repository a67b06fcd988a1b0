package nl.nvp.goedegesprek.meeting.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.shared.IdArray;
import nl.nvp.goedegesprek.trajectory.TrajectoryAttention;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For the coordinators who run a trajectory: its meetings in the coming four weeks with
 * the places taken, in all and per role against the role's places; and registrations that
 * wait for the participant's confirmation or for a guardian's consent. Four statements
 * however many trajectories and meetings.
 */
@Component
class MeetingAttention implements TrajectoryAttention {

	static final int WEEKS_AHEAD = 4;

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final MessageSource messages;

	private final Clock clock;

	MeetingAttention(MeetingRepository meetings, RegistrationRepository registrations, MessageSource messages,
			Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Map<Long, List<Point>> attention(List<TrajectoryRef> trajectories, AccountPrincipal user) {
		List<Long> run = TrajectoryAttention.run(trajectories);
		Map<Long, List<Point>> points = new HashMap<>();
		if (run.isEmpty()) {
			return points;
		}
		LocalDate today = LocalDate.now(this.clock);
		Locale locale = LocaleContextHolder.getLocale();
		for (Object[] row : this.meetings.countWaitingIn(IdArray.of(run), today)) {
			long trajectoryId = ((Number) row[0]).longValue();
			String message = RegistrationStatus.AWAITING_CONSENT.name().equals(row[1])
					? "meeting.attention.awaitingConsent" : "meeting.attention.pending";
			points.computeIfAbsent(trajectoryId, (id) -> new ArrayList<>())
				.add(new Point(message, List.of(((Number) row[2]).longValue()),
						"/trajecten/" + trajectoryId + "#bijeenkomsten", false));
		}
		List<Meeting> coming = this.meetings.findComingIn(IdArray.of(run), today, today.plusWeeks(WEEKS_AHEAD));
		if (coming.isEmpty()) {
			return points;
		}
		List<Long> ids = coming.stream().map(Meeting::getId).toList();
		Map<Long, Map<ParticipantRole, Integer>> quotas = new HashMap<>();
		String idArray = IdArray.of(ids);
		for (Object[] row : this.meetings.findQuotasIn(idArray)) {
			quotas.computeIfAbsent(((Number) row[0]).longValue(), (id) -> new EnumMap<>(ParticipantRole.class))
				.put(ParticipantRole.valueOf((String) row[1]), ((Number) row[2]).intValue());
		}
		Map<Long, Map<ParticipantRole, Long>> taken = new HashMap<>();
		this.registrations.countByMeetingsIn(idArray)
			.stream()
			.filter((count) -> count.status() == RegistrationStatus.CONFIRMED)
			.forEach((count) -> taken.computeIfAbsent(count.meetingId(), (id) -> new EnumMap<>(ParticipantRole.class))
				.merge(count.role(), count.count(), Long::sum));
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM", locale);
		for (Meeting meeting : coming) {
			Map<ParticipantRole, Long> byRole = taken.getOrDefault(meeting.getId(), Map.of());
			long confirmed = byRole.values().stream().mapToLong(Long::longValue).sum();
			String perRole = quotas.getOrDefault(meeting.getId(), Map.of())
				.entrySet()
				.stream()
				.map((quota) -> this.messages.getMessage("meeting.attention.role",
						new Object[] { this.messages.getMessage("ParticipantRole." + quota.getKey(), null, locale),
								byRole.getOrDefault(quota.getKey(), 0L), quota.getValue() },
						locale))
				.collect(Collectors.joining(", "));
			points.computeIfAbsent(meeting.getTrajectoryId(), (id) -> new ArrayList<>())
				.add(new Point(perRole.isEmpty() ? "meeting.attention.coming" : "meeting.attention.comingPerRole", List
					.of(meeting.getTitle(), day.format(meeting.getDate()), confirmed, meeting.getCapacity(), perRole),
						"/bijeenkomsten/" + meeting.getId(), false));
		}
		return points;
	}

}
