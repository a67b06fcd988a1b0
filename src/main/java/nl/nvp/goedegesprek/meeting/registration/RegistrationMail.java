package nl.nvp.goedegesprek.meeting.registration;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import nl.nvp.goedegesprek.meeting.planning.Meeting;

/**
 * A mail to a participant, published in the transaction that asks for it: the meeting
 * module's mail listener queues it in the mail outbox (the registration's id, the kind
 * and the personal link's token, sealed), and writes it from the registration and meeting
 * as they are when it is sent. A new kind needs a template and a subject, nothing else.
 */
public record RegistrationMail(long registrationId, Kind kind, String token, Recipient recipient,
		MeetingFacts meeting) {

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
		REMINDER

	}

	public record Recipient(String name, String email, String language) {

		@Override
		public String toString() {
			return "Recipient[…]";
		}

	}

	public record MeetingFacts(UUID publicId, String title, LocalDate date, LocalTime startTime, LocalTime endTime,
			boolean online, String address, String onlineLink) {

		static MeetingFacts of(Meeting meeting) {
			return new MeetingFacts(meeting.getPublicId(), meeting.getTitle(), meeting.getDate(),
					meeting.getStartTime(), meeting.getEndTime(), meeting.isOnline(), meeting.getAddress(),
					meeting.getOnlineLink());
		}

	}

	public static RegistrationMail of(Registration registration, Kind kind, String token) {
		return new RegistrationMail(registration.getId(), kind, token,
				new Recipient(registration.getName(), registration.getEmail(), registration.getLanguage()),
				MeetingFacts.of(registration.getMeeting()));
	}

	@Override
	public String toString() {
		return "RegistrationMail[" + this.registrationId + ", " + this.kind + "]";
	}

}
