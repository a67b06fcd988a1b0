package nl.nvp.goedegesprek.meeting.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a participant's registration, at their own request (through the personal link)
 * or a national coordinator's (a data request): name, address, phone, organisation, free
 * text and who gave consent go, as the retention job does; role, age group, support needs
 * as yes/no, status and attendance stay as an anonymous count. The written parts of the
 * evaluation go, a published quote too (decision 43), its score stays. Votes on ideas
 * stay with the anonymous registration. Its personal links stop working. A registration
 * for a meeting still to come is cancelled first, so that its place goes to the waitlist
 * (without a mail to the erased address); one on the day itself keeps its place but gets
 * no reminder any more.
 */
@Component
class RegistrationErasure {

	private final RegistrationRepository registrations;

	private final MeetingRepository meetings;

	private final PersonalLinks links;

	private final Places places;

	private final JdbcClient jdbc;

	private final Clock clock;

	RegistrationErasure(RegistrationRepository registrations, MeetingRepository meetings, PersonalLinks links,
			Places places, JdbcClient jdbc, Clock clock) {
		this.registrations = registrations;
		this.meetings = meetings;
		this.links = links;
		this.places = places;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Erases the registration behind this personal link; an unknown link: not found. */
	@Transactional
	void eraseOwn(String token) {
		erase(this.links.lockedRegistration(token));
	}

	/**
	 * Erases every registration with this address (compared without case); returns how
	 * many. Their meetings are locked in order of id, so two erasures never wait on each
	 * other crosswise.
	 */
	@Transactional
	int eraseAll(String email) {
		List<Long> meetingIds = this.jdbc.sql("""
				select distinct meeting_id from registration
				where lower(email) = lower(:email) and anonymised_at is null order by meeting_id""")
			.param("email", email)
			.query(Long.class)
			.list();
		meetingIds.forEach(this.meetings::lockById);
		List<Long> ids = this.jdbc
			.sql("select id from registration where lower(email) = lower(:email) and anonymised_at is null order by id")
			.param("email", email)
			.query(Long.class)
			.list();
		this.registrations.findAllById(ids).forEach(this::erase);
		return ids.size();
	}

	/** Call with the registration's meeting locked. */
	private void erase(Registration registration) {
		Meeting meeting = registration.getMeeting();
		if (registration.isActive() && meeting.getDate().isAfter(LocalDate.now(this.clock))) {
			boolean hadPlace = registration.getStatus() == RegistrationStatus.CONFIRMED;
			registration.cancel(this.clock.instant());
			this.registrations.flush();
			if (hadPlace) {
				this.places.moveUpWaitlist(meeting);
			}
		}
		this.registrations.flush();
		long id = registration.getId();
		this.jdbc.sql("delete from registration_link where registration_id = ?").param(id).update();
		// The adult who was asked to consent: their address and link go too; an open
		// request ends.
		this.jdbc.sql("""
				update guardian_consent set guardian_email = null, token_hash = null,
				  decision = coalesce(decision, 'WITHDRAWN'), decided_at = coalesce(decided_at, :now)
				where registration_id = :id
				""").param("id", id).param("now", Timestamp.from(this.clock.instant())).update();
		this.jdbc
			.sql("update meeting_evaluation set learned = null, quote = null, quote_consent = false, "
					+ "quote_published_at = null, quote_published_by = null where registration_id = ?")
			.param(id)
			.update();
		this.jdbc.sql("""
				update registration set name = '-', email = 'geanonimiseerd-' || id || '@invalid', phone = null,
				  role_other = case when role = 'OTHER' then '-' end, organisation = null, support_note = null,
				  guardian_name = null, guardian_capacity = null, anonymised_at = :now,
				  reminder_sent_at = coalesce(reminder_sent_at, :now), version = version + 1
				where id = :id and anonymised_at is null
				""").param("id", id).param("now", Timestamp.from(this.clock.instant())).update();
	}

}
