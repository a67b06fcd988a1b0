package nl.nvp.goedegesprek.meeting;

import java.util.List;
import java.util.Optional;

import nl.nvp.goedegesprek.meeting.registration.PersonalLinks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants behind their personal links, for other modules (such as prioritising
 * ideas). Registering, the waitlist and the personal links themselves live in
 * {@code meeting.registration}.
 */
@Service
public class MeetingRegistrations {

	private final PersonalLinks links;

	private final JdbcClient jdbc;

	MeetingRegistrations(PersonalLinks links, JdbcClient jdbc) {
		this.links = links;
		this.jdbc = jdbc;
	}

	/**
	 * The participant with a place behind this personal link (for other modules, such as
	 * prioritising ideas); empty for an unknown or expired link or without a place.
	 */
	public Optional<ParticipantRef> participant(String token) {
		return this.links.participant(token);
	}

	/**
	 * Locks the registration until the transaction ends, so that what a participant does
	 * through their link (such as giving dots) happens one request at a time; true while
	 * it still has a place. Call inside a transaction.
	 */
	@Transactional
	public boolean lockPlace(long registrationId) {
		return this.jdbc.sql("select status from registration where id = ? for update")
			.param(registrationId)
			.query(String.class)
			.optional()
			.filter("CONFIRMED"::equals)
			.isPresent();
	}

	/**
	 * The registrations with this e-mail address (without case) that still hold personal
	 * data, for a data request about what other modules keep with a registration.
	 */
	@Transactional(readOnly = true)
	public List<Long> registrationIds(String email) {
		return this.jdbc
			.sql("select id from registration where lower(email) = lower(:email) and anonymised_at is null order by id")
			.param("email", email)
			.query(Long.class)
			.list();
	}

}
