package nl.nvp.goedegesprek.shared;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts mails handed to the mail server ({@code goedegesprek.mails}), tagged with the
 * kind of mail and the outcome ({@code sent} or {@code failed}); never the address or
 * anything else about the person. Two gauges show the outbox: the mails waiting to be
 * sent ({@code goedegesprek.mails.queued}) and those among them that keep failing
 * ({@code goedegesprek.mails.failing}), as this instance's sender last counted them.
 */
@Component
class MailMetrics {

	private final MeterRegistry registry;

	private final AtomicLong queued = new AtomicLong();

	private final AtomicLong failing = new AtomicLong();

	MailMetrics(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("goedegesprek.mails.queued", this.queued, AtomicLong::get)
			.description("Mails in the outbox waiting to be sent")
			.register(registry);
		Gauge.builder("goedegesprek.mails.failing", this.failing, AtomicLong::get)
			.description("Mails in the outbox that failed several times and are still retried")
			.register(registry);
	}

	void outbox(long queued, long failing) {
		this.queued.set(queued);
		this.failing.set(failing);
	}

	public void sent(String kind) {
		count(kind, "sent");
	}

	public void failed(String kind) {
		count(kind, "failed");
	}

	private void count(String kind, String outcome) {
		Counter.builder("goedegesprek.mails")
			.description("Mails handed to the mail server, by kind and outcome")
			.tag("kind", kindTag(kind))
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

	/**
	 * A short, fixed name in kebab case: a record's name without its ids, with what is
	 * between its brackets only when that is a constant's name: "ActionOwnerMail[LINK]"
	 * becomes "action-owner-mail-link", "PlanSubmittedForReview[trajectoryId=7,
	 * number=1]" becomes "plan-submitted-for-review".
	 */
	static String kindTag(String kind) {
		String name = (kind == null) ? "" : kind;
		int bracket = name.indexOf('[');
		if (bracket >= 0) {
			String inside = name.substring(bracket + 1, name.endsWith("]") ? name.length() - 1 : name.length());
			name = name.substring(0, bracket) + (inside.matches("[A-Z_]{1,30}") ? "-" + inside : "");
		}
		String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
			.replace('_', '-')
			.replace('.', '-')
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9-]", "");
		if (kebab.length() > 60) {
			kebab = kebab.substring(0, 60);
		}
		return kebab.isEmpty() ? "other" : kebab;
	}

}
