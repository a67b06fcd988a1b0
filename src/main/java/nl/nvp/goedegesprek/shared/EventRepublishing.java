package nl.nvp.goedegesprek.shared;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again what a listener in another module could not handle (a mail while the mail
 * server was down, or one cut off by a restart): every few minutes, on one instance at a
 * time, the event publications still incomplete after five minutes are resubmitted.
 */
@Component
class EventRepublishing {

	private final IncompleteEventPublications incomplete;

	EventRepublishing(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	@Scheduled(cron = "${goedegesprek.event-republishing.cron:0 */5 * * * *}")
	@SchedulerLock(name = "event-republishing", lockAtMostFor = "PT4M")
	public void resubmit() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(5));
	}

}
