package nl.nvp.goedegesprek.meeting.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.registration.MeetingScheduleChanges;
import nl.nvp.goedegesprek.meeting.registration.PersonalLinks;
import nl.nvp.goedegesprek.meeting.registration.Registration;
import nl.nvp.goedegesprek.meeting.registration.RegistrationMail;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.OutboxMails;

import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Participants' mails go through the {@link MailOutbox}: a {@link RegistrationMail} is
 * queued in the transaction that asked for it (the registration's id, the kind and the
 * sealed token), and written when it is sent, from the registration and meeting as they
 * are then, by {@link RegistrationMailComposer}. A mail that no longer applies is not
 * sent: its link was replaced by a newer one or ended, the registration is no longer in
 * the state the mail announces, the meeting has begun, or the person was erased. Every
 * kind goes this way; a kind without a rule of its own needs only the registration and
 * its address.
 */
@Component
class RegistrationMails implements OutboxMails {

	static final String PREFIX = "registration.";

	private final MailOutbox outbox;

	private final RegistrationRepository registrations;

	private final PersonalLinks links;

	private final RegistrationMailComposer composer;

	private final TransactionTemplate read;

	private final MeetingScheduleChanges scheduleChanges;

	private final Clock clock;

	RegistrationMails(MailOutbox outbox, RegistrationRepository registrations, PersonalLinks links,
			RegistrationMailComposer composer, PlatformTransactionManager transactions,
			MeetingScheduleChanges scheduleChanges, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
		this.scheduleChanges = scheduleChanges;
		this.registrations = registrations;
		this.links = links;
		this.composer = composer;
		this.read = new TransactionTemplate(transactions);
		this.read.setReadOnly(true);
	}

	/** Queues the mail in the transaction that publishes it. */
	@EventListener
	void on(RegistrationMail mail) {
		// A mail that the meeting moved keeps the sequence of that move: the schedule
		// before
		// it is read when the mail is sent.
		int sequence = (mail.before() != null) ? mail.meeting().sequence() : 0;
		this.outbox.queue(PREFIX + mail.kind().name(), mail.registrationId(), sequence, null, mail.token());
	}

	@Override
	public boolean handles(String kind) {
		return kind.startsWith(PREFIX);
	}

	@Override
	public Optional<MimeMessage> compose(QueuedMail queued, JavaMailSender sender) {
		RegistrationMail.Kind kind;
		try {
			kind = RegistrationMail.Kind.valueOf(queued.kindAfter(PREFIX));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Unknown registration mail kind", ex);
		}
		Optional<RegistrationMail> mail = this.read.execute((status) -> this.registrations.findById(queued.subjectId())
			.filter((registration) -> registration.getEmail() != null)
			.filter((registration) -> applies(kind, registration, queued.token()))
			.map((registration) -> mail(registration, kind, queued)));
		return mail.map((still) -> this.composer.compose(sender, still));
	}

	private RegistrationMail mail(Registration registration, RegistrationMail.Kind kind, QueuedMail queued) {
		if (queued.detail() > 0) {
			Optional<Meeting.Schedule> before = this.scheduleChanges.before(registration.getMeeting().getId(),
					queued.detail());
			if (before.isPresent()) {
				return RegistrationMail.moved(registration, kind, queued.token(), before.get());
			}
		}
		return RegistrationMail.of(registration, kind, queued.token());
	}

	/**
	 * Whether the mail still says something true: its link is the registration's working
	 * one, and the registration is in the state the mail announces.
	 */
	private boolean applies(RegistrationMail.Kind kind, Registration registration, String token) {
		if (token != null) {
			try {
				if (!this.links.registration(token).getId().equals(registration.getId())) {
					return false;
				}
			}
			catch (NotFoundException ex) {
				return false;
			}
		}
		RegistrationStatus status = registration.getStatus();
		boolean cancelledMeeting = registration.getMeeting().isCancelled();
		// Once the meeting has begun, a mail about coming to it helps nobody (a reminder
		// held up by a mail outage, say); only the news of a cancellation still goes out.
		// The request for an evaluation is the one mail that is only sent after it.
		boolean started = registration.getMeeting().hasStarted(this.clock);
		if (kind == RegistrationMail.Kind.EVALUATE) {
			return started && status == RegistrationStatus.CONFIRMED && !cancelledMeeting;
		}
		// A request for consent lapses when the meeting starts at the latest: the child
		// is
		// still told.
		if (started && kind != RegistrationMail.Kind.CANCELLED && kind != RegistrationMail.Kind.MEETING_CANCELLED
				&& kind != RegistrationMail.Kind.CONSENT_LAPSED) {
			return false;
		}
		return switch (kind) {
			case CONFIRM_EMAIL -> status == RegistrationStatus.PENDING && !cancelledMeeting;
			case CONFIRMED, PROMOTED, REMINDER, MEETING_MOVED ->
				status == RegistrationStatus.CONFIRMED && !cancelledMeeting;
			case WAITLISTED, MEETING_MOVED_WAITLISTED -> status == RegistrationStatus.WAITLISTED && !cancelledMeeting;
			case MEETING_CANCELLED -> cancelledMeeting;
			case CANCELLED, CONSENT_REFUSED, CONSENT_WITHDRAWN, CONSENT_LAPSED ->
				status == RegistrationStatus.CANCELLED;
			default -> true;
		};
	}

	@Override
	public Map<Long, String> addresses(Collection<QueuedMail> mails) {
		List<Long> ids = mails.stream().map(QueuedMail::subjectId).distinct().toList();
		Map<Long, String> byRegistration = new HashMap<>();
		this.read.executeWithoutResult((status) -> this.registrations.findAllById(ids)
			.forEach((registration) -> byRegistration.put(registration.getId(), registration.getEmail())));
		return OutboxMails.addressesOf(mails, QueuedMail::subjectId, byRegistration);
	}

}
