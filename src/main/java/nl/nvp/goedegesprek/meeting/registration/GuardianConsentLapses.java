package nl.nvp.goedegesprek.meeting.registration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets requests for a guardian's consent lapse when nobody answered in time (decision
 * 35): the child's registration ends and the child is told. Each in a transaction of its
 * own, with the meeting locked; one instance at a time.
 */
@Component
class GuardianConsentLapses {

	private final GuardianConsents consents;

	GuardianConsentLapses(GuardianConsents consents) {
		this.consents = consents;
	}

	@Scheduled(cron = "${goedegesprek.guardian-consent.lapse-cron:0 */10 * * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "guardian-consent-lapse", lockAtMostFor = "PT10M")
	public void run() {
		for (long registrationId : this.consents.lapsed()) {
			this.consents.lapse(registrationId);
		}
	}

}
