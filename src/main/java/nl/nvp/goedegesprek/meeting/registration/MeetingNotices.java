package nl.nvp.goedegesprek.meeting.registration;

import nl.nvp.goedegesprek.meeting.planning.Meeting;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the people who registered for a meeting that it moved or does not take place:
 * everyone with a place or on the waitlist gets one mail, with a calendar file that has
 * the meeting's UID and its raised SEQUENCE, so their calendar changes the entry they
 * have. People who never confirmed their address get nothing: the mail that confirms
 * their place tells the meeting as it is then. Call with the meeting locked
 * ({@code MeetingRepository.lockById}) in the transaction that changed it, so that a
 * second request waits and sees the change made (one mail per person, never two).
 */
@Component
public class MeetingNotices {

	private final RegistrationRepository registrations;

	private final PersonalLinks links;

	private final ApplicationEventPublisher events;

	private final MeetingScheduleChanges changes;

	private final ReminderWindow reminders;

	MeetingNotices(RegistrationRepository registrations, PersonalLinks links, ApplicationEventPublisher events,
			MeetingScheduleChanges changes, ReminderWindow reminders) {
		this.registrations = registrations;
		this.links = links;
		this.events = events;
		this.changes = changes;
		this.reminders = reminders;
	}

	/**
	 * The meeting's date, time, place or link changed: reminders are due again for the
	 * new schedule, and everyone with a place or on the waitlist hears what changed, with
	 * a new personal link (in case the new date does not suit them). A move into the
	 * reminder window ({@link ReminderWindow}) counts as the reminder for the people with
	 * a place: their mail already tells the new date, time and place, so the reminder job
	 * does not mail them again at once.
	 */
	public void moved(Meeting meeting, Meeting.Schedule before) {
		Meeting.Schedule now = meeting.schedule();
		// The online link is only for people with a place: a new link alone is no news
		// for the waitlist.
		boolean newsForWaitlist = !now.equals(new Meeting.Schedule(before.date(), before.startTime(), before.endTime(),
				before.online(), before.address(), now.onlineLink()));
		this.registrations.forgetReminders(meeting.getId());
		this.changes.record(meeting, before);
		boolean remindNow = this.reminders.contains(meeting);
		for (Registration registration : this.registrations.findActiveByMeeting(meeting.getId())) {
			RegistrationMail.Kind kind = switch (registration.getStatus()) {
				case CONFIRMED -> RegistrationMail.Kind.MEETING_MOVED;
				case WAITLISTED -> newsForWaitlist ? RegistrationMail.Kind.MEETING_MOVED_WAITLISTED : null;
				default -> null;
			};
			if (kind == RegistrationMail.Kind.MEETING_MOVED && remindNow) {
				registration.remind(this.reminders.now());
			}
			if (kind != null) {
				this.events
					.publishEvent(RegistrationMail.moved(registration, kind, this.links.issue(registration), before));
			}
		}
	}

	/**
	 * The meeting was cancelled: everyone with a place or on the waitlist hears it, and
	 * why. Their registrations stay as they were, so that their personal link still shows
	 * the cancellation (the mail carries no new link).
	 */
	public void cancelled(Meeting meeting) {
		for (Registration registration : this.registrations.findActiveByMeeting(meeting.getId())) {
			if (registration.getStatus() == RegistrationStatus.CONFIRMED
					|| registration.getStatus() == RegistrationStatus.WAITLISTED) {
				this.events
					.publishEvent(RegistrationMail.of(registration, RegistrationMail.Kind.MEETING_CANCELLED, null));
			}
		}
	}

}
