package nl.nvp.goedegesprek.meeting.registration;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import nl.nvp.goedegesprek.meeting.planning.Meeting;

/**
 * A mail to a participant, published in the transaction that asks for it: the meeting
 * module's mail listener queues it in the mail outbox (the registration's id, the kind
 * and the personal link's token, sealed), and writes it from the registration and meeting
 * as they are when it is sent. A new kind needs a template and a subject, nothing else. A
 * mail that the meeting moved also has the schedule as it was ({@code before}); the
 * outbox keeps it as the calendar sequence of the move, whose old schedule
 * {@link MeetingScheduleChanges} keeps.
 */
public record RegistrationMail(long registrationId, Kind kind, String token, Recipient recipient, MeetingFacts meeting,
		MeetingFacts before) {

	public RegistrationMail(long registrationId, Kind kind, String token, Recipient recipient, MeetingFacts meeting) {
		this(registrationId, kind, token, recipient, meeting, null);
	}

	public enum Kind {

		/** Click the link to confirm your e-mail address. */
		CONFIRM_EMAIL,
		/** You were already registered; here is your link again. */
		ALREADY_REGISTERED,
		/** You have a place (with calendar file). */
		CONFIRMED,
		/** The meeting is full; you are on the waitlist. */
		WAITLISTED,
		/** A place opened up for you (with calendar file). */
		PROMOTED,
		/** Your registration is cancelled. */
		CANCELLED,
		/** The meeting is near (with calendar file). */
		REMINDER,
		/**
		 * The meeting's date, time, place or link changed; you have a place (with a
		 * calendar file that updates the entry).
		 */
		MEETING_MOVED,
		/**
		 * The meeting's date, time, place or link changed; you are on the waitlist (no
		 * calendar file: you have no place yet).
		 */
		MEETING_MOVED_WAITLISTED,
		/**
		 * The meeting does not take place, and why (with a calendar file that cancels).
		 */
		MEETING_CANCELLED,
		/** A parent or guardian did not consent: the child's registration ended. */
		CONSENT_REFUSED,
		/** A parent or guardian withdrew consent: the child's registration ended. */
		CONSENT_WITHDRAWN,
		/** Nobody consented in time: the child's registration lapsed. */
		CONSENT_LAPSED,
		/**
		 * The meeting has taken place; what did you think of it? (the coordinator asks,
		 * once).
		 */
		EVALUATE

	}

	/**
	 * Who gets the mail; a child ({@code child}) gets the child's words (ChildWording).
	 */
	public record Recipient(String name, String email, String language, boolean child) {

		public Recipient(String name, String email, String language) {
			this(name, email, language, false);
		}

		static Recipient of(Registration registration) {
			return new Recipient(registration.getName(), registration.getEmail(), registration.getLanguage(),
					registration.getRole().isChild());
		}

		@Override
		public String toString() {
			return "Recipient[…]";
		}

	}

	/**
	 * The meeting as the mail tells it; {@code sequence} is the calendar file's SEQUENCE,
	 * {@code cancellationReason} is set once the meeting is cancelled.
	 */
	public record MeetingFacts(UUID publicId, String title, LocalDate date, LocalTime startTime, LocalTime endTime,
			boolean online, String address, String onlineLink, int sequence, String cancellationReason) {

		public MeetingFacts(UUID publicId, String title, LocalDate date, LocalTime startTime, LocalTime endTime,
				boolean online, String address, String onlineLink) {
			this(publicId, title, date, startTime, endTime, online, address, onlineLink, 0, null);
		}

		static MeetingFacts of(Meeting meeting) {
			return new MeetingFacts(meeting.getPublicId(), meeting.getTitle(), meeting.getDate(),
					meeting.getStartTime(), meeting.getEndTime(), meeting.isOnline(), meeting.getAddress(),
					meeting.getOnlineLink(), meeting.getCalendarSequence(), meeting.getCancellationReason());
		}

		static MeetingFacts of(Meeting meeting, Meeting.Schedule schedule) {
			return new MeetingFacts(meeting.getPublicId(), meeting.getTitle(), schedule.date(), schedule.startTime(),
					schedule.endTime(), schedule.online(), schedule.address(), schedule.onlineLink(), 0, null);
		}

	}

	public static RegistrationMail of(Registration registration, Kind kind, String token) {
		return new RegistrationMail(registration.getId(), kind, token, Recipient.of(registration),
				MeetingFacts.of(registration.getMeeting()));
	}

	/** A mail that the meeting moved: with the schedule as it was. */
	public static RegistrationMail moved(Registration registration, Kind kind, String token, Meeting.Schedule before) {
		return new RegistrationMail(registration.getId(), kind, token, Recipient.of(registration),
				MeetingFacts.of(registration.getMeeting()), MeetingFacts.of(registration.getMeeting(), before));
	}

	@Override
	public String toString() {
		return "RegistrationMail[" + this.registrationId + ", " + this.kind + "]";
	}

}
