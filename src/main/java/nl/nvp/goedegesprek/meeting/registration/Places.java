package nl.nvp.goedegesprek.meeting.registration;

import java.time.Clock;
import java.time.Instant;

import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.planning.Meeting;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who gets a place at a meeting: room within its capacity and the role's quota, and the
 * waitlist (wachtlijst) moving up when places open. Call with the meeting locked
 * ({@code MeetingRepository.lockById}), so that places are decided one at a time and a
 * meeting never has more confirmed participants than places.
 */
@Component
public class Places {

	private final RegistrationRepository registrations;

	private final PersonalLinks links;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReminderWindow reminders;

	Places(RegistrationRepository registrations, PersonalLinks links, ApplicationEventPublisher events, Clock clock,
			ReminderWindow reminders) {
		this.reminders = reminders;
		this.registrations = registrations;
		this.links = links;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Gives open places to the waitlist in order; call with the meeting locked. Nobody
	 * moves up at a cancelled meeting, nor once the meeting has started: a place given
	 * during or after it helps nobody (decision 0022).
	 */
	public void moveUpWaitlist(Meeting meeting) {
		if (meeting.isCancelled() || meeting.hasStarted(this.clock)) {
			return;
		}
		for (Registration waiting : this.registrations.findWaitlist(meeting.getId())) {
			if (this.registrations.countByMeetingIdAndStatus(meeting.getId(), RegistrationStatus.CONFIRMED) >= meeting
				.getCapacity()) {
				return;
			}
			if (hasRoomFor(meeting, waiting.getRole())) {
				give(waiting, meeting);
				this.registrations.flush();
				this.events.publishEvent(
						RegistrationMail.of(waiting, RegistrationMail.Kind.PROMOTED, this.links.issue(waiting)));
			}
		}
	}

	/**
	 * Gives the registration its place. Inside the reminder window the mail that says so
	 * (which tells the date, time and place) counts as the reminder: one mail, not a
	 * confirmation and a reminder within the hour ({@link ReminderWindow}).
	 */
	void give(Registration registration, Meeting meeting) {
		Instant now = this.clock.instant();
		registration.confirm(now);
		if (this.reminders.contains(meeting)) {
			registration.remind(now);
		}
	}

	/** Whether the meeting has a place for someone in this role. */
	boolean hasRoomFor(Meeting meeting, ParticipantRole role) {
		long confirmed = this.registrations.countByMeetingIdAndStatus(meeting.getId(), RegistrationStatus.CONFIRMED);
		long inRole = meeting.getQuotas().containsKey(role) ? this.registrations
			.countByMeetingIdAndStatusAndRole(meeting.getId(), RegistrationStatus.CONFIRMED, role) : 0;
		return meeting.hasRoomFor(role, confirmed, inRole);
	}

}
