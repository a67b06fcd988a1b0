package nl.nvp.goedegesprek.actionplan.plan;

import java.util.Locale;

import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.PublicUrls;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Invites the region's policymakers by e-mail to review a version of the action plan,
 * once it is saved.
 */
@Component
class PlanReviewMails {

	private final MailOutbox outbox;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PublicUrls urls;

	PlanReviewMails(MailOutbox outbox, ITemplateEngine templates, MessageSource messages, PublicUrls urls) {
		this.outbox = outbox;
		this.templates = templates;
		this.messages = messages;
		this.urls = urls;
	}

	/**
	 * Sends the invitations after the commit, on a thread of its own; the event
	 * publication registry keeps the event until every mail went out (a failure leaves it
	 * to be sent again).
	 */
	@ApplicationModuleListener
	void on(PlanSubmittedForReview event) {
		Locale locale = Locale.forLanguageTag("nl");
		for (Accounts.Person person : event.policymakers()) {
			Context context = new Context(locale);
			context.setVariable("name", person.displayName());
			context.setVariable("title", event.trajectoryTitle());
			context.setVariable("number", event.number());
			context.setVariable("url", this.urls.of("/trajecten/" + event.trajectoryId() + "/actieplan"));
			String text = this.templates.process("mail/plan-review", context);
			String subject = this.messages.getMessage("mail.subject.planReview",
					new Object[] { event.trajectoryTitle() }, locale);
			if (!this.outbox.sendNow(person.email(), subject, text, event.toString())) {
				throw new IllegalStateException("Mail not sent: " + event);
			}
		}
	}

}
