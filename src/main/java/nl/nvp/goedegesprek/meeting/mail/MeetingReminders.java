package nl.nvp.goedegesprek.meeting.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.nvp.goedegesprek.meeting.registration.PersonalLinks;
import nl.nvp.goedegesprek.meeting.registration.Registration;
import nl.nvp.goedegesprek.meeting.registration.RegistrationMail;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.ReminderWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds everyone with a place a few days before their meeting (default 2), once, and
 * never once the meeting has started (its real start, Dutch time). The job runs every
 * hour on one application instance at a time (ShedLock); the registrations it reminds are
 * locked and marked in the same transaction, so even two runs at once send one reminder
 * each. When it is due is {@link ReminderWindow}'s rule, which a move into the window
 * follows too.
 */
@Component
class MeetingReminders {

	private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

	private final RegistrationRepository registrations;

	private final PersonalLinks links;

	private final ApplicationEventPublisher events;

	private final ReminderWindow window;

	MeetingReminders(RegistrationRepository registrations, PersonalLinks links, ApplicationEventPublisher events,
			ReminderWindow window) {
		this.registrations = registrations;
		this.links = links;
		this.events = events;
		this.window = window;
	}

	@Scheduled(cron = "${goedegesprek.reminders.cron:0 0 * * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "meeting-reminders", lockAtMostFor = "PT10M")
	@Transactional
	public void sendDue() {
		int sent = 0;
		for (Registration registration : this.registrations.findDueForReminder(this.window.now(), this.window.lastDay(),
				this.window.zone())) {
			registration.remind(this.window.now());
			this.events.publishEvent(
					RegistrationMail.of(registration, RegistrationMail.Kind.REMINDER, this.links.issue(registration)));
			sent++;
		}
		if (sent > 0) {
			log.info("Sent {} meeting reminders", sent);
		}
	}

}
