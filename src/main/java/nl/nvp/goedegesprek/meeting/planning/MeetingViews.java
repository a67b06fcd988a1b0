package nl.nvp.goedegesprek.meeting.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What the meeting pages show, built inside the services' transactions.
 */
public final class MeetingViews {

	private MeetingViews() {
	}

	/** What everyone may read about a meeting: never who registered. */
	public record Public(UUID publicId, String title, MeetingType type, LocalDate date, LocalTime startTime,
			LocalTime endTime, boolean online, String address, String accessibilityNotes, String routeNotes,
			String programme, String contactName, String contactEmail, String contactPhone, boolean open,
			boolean notYetOpen, boolean cancelled, String cancellationReason, LocalDate registrationOpensOn,
			LocalDate registrationClosesOn) {

		public static Public of(Meeting meeting, Clock clock) {
			LocalDate today = LocalDate.now(clock);
			boolean open = meeting.isOpenForRegistration(clock);
			boolean notYetOpen = meeting.getRegistrationOpensOn() != null
					&& today.isBefore(meeting.getRegistrationOpensOn());
			return new Public(meeting.getPublicId(), meeting.getTitle(), meeting.getType(), meeting.getDate(),
					meeting.getStartTime(), meeting.getEndTime(), meeting.isOnline(), meeting.getAddress(),
					meeting.getAccessibilityNotes(), meeting.getRouteNotes(), meeting.getProgramme(),
					meeting.getContactName(), meeting.getContactEmail(), meeting.getContactPhone(), open, notYetOpen,
					meeting.isCancelled(), meeting.getCancellationReason(), meeting.getRegistrationOpensOn(),
					meeting.getRegistrationClosesOn());
		}

	}

	/** A meeting in the coordinators' list. */
	record Row(long id, String title, MeetingType type, LocalDate date, LocalTime startTime, String trajectoryTitle,
			int capacity, long confirmed, long waitlisted, boolean cancelled) {
	}

}
