package nl.nvp.goedegesprek.actionplan.plan;

import java.util.Locale;

import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Invites the region's policymakers by e-mail to review a version of the action plan,
 * once it is saved.
 */
@Component
class PlanReviewMails {

	private final Trajectories trajectories;

	private final Accounts accounts;

	private final MailOutbox outbox;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PublicUrls urls;

	PlanReviewMails(Trajectories trajectories, Accounts accounts, MailOutbox outbox, ITemplateEngine templates,
			MessageSource messages, PublicUrls urls) {
		this.trajectories = trajectories;
		this.accounts = accounts;
		this.outbox = outbox;
		this.templates = templates;
		this.messages = messages;
		this.urls = urls;
	}

	/**
	 * Sends the invitations after the commit, on a thread of its own; the event
	 * publication registry keeps the event (ids only) until every mail went out (a
	 * failure leaves it to be sent again). The title and the region's active policymakers
	 * are read now, each in a short read of its own, so that no connection is held while
	 * mails go out.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PlanSubmittedForReview event) {
		Locale locale = Locale.forLanguageTag("nl");
		String title = this.trajectories.publicTitle(event.trajectoryId());
		String subject = this.messages.getMessage("mail.subject.planReview", new Object[] { title }, locale);
		for (Accounts.Person person : this.accounts
			.policymakersOf(this.trajectories.regionCode(event.trajectoryId()))) {
			Context context = new Context(locale);
			context.setVariable("name", person.displayName());
			context.setVariable("title", title);
			context.setVariable("number", event.number());
			context.setVariable("url", this.urls.of("/trajecten/" + event.trajectoryId() + "/actieplan"));
			String text = this.templates.process("mail/plan-review", context);
			if (!this.outbox.sendNow(person.email(), subject, text, event.toString())) {
				throw new IllegalStateException("Mail not sent: " + event);
			}
		}
	}

}
