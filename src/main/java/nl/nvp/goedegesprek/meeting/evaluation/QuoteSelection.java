package nl.nvp.goedegesprek.meeting.evaluation;

import java.sql.Timestamp;
import java.time.Clock;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.planning.MeetingAccess;
import nl.nvp.goedegesprek.shared.RuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator chooses which quotes of a meeting's participants are published on the
 * public pages ({@code meeting.PublishedQuotes}), and takes one back. Publishing is one
 * conditional update: it holds only for the text the coordinator saw (its hash), so a
 * quote the participant changed in the meantime is not published; two coordinators who
 * publish at once leave one state, with the first one's name and time (decision 43).
 */
@Service
class QuoteSelection {

	private final MeetingAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	QuoteSelection(MeetingAccess access, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Publishes the quote of this registration's evaluation, if its text is still the one
	 * the coordinator saw ({@code seen}, the hash on their page), its author still gives
	 * consent and has a place. Only for who may change the meeting.
	 * @throws RuleException when the quote changed or is gone
	 */
	@Transactional
	void publish(long meetingId, long registrationId, String seen, AccountPrincipal user) {
		this.access.runBy(meetingId, user, true);
		int published = this.jdbc.sql("""
				update meeting_evaluation e
				set quote_published_at = coalesce(e.quote_published_at, :now),
				  quote_published_by = coalesce(e.quote_published_by, :by)
				where e.registration_id = :registration and e.meeting_id = :meeting
				  and e.quote is not null and e.quote_consent and md5(e.quote) = :seen
				  and exists (select 1 from registration r where r.id = e.registration_id and r.status = 'CONFIRMED')
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.id())
			.param("registration", registrationId)
			.param("meeting", meetingId)
			.param("seen", (seen != null) ? seen : "")
			.update();
		if (published == 0) {
			throw new RuleException("evaluation.results.quote.changed");
		}
	}

	/**
	 * Takes the quote off the public pages. Any coordinator who runs the trajectory may,
	 * also once it is closed: taking a quote back protects its author.
	 */
	@Transactional
	void unpublish(long meetingId, long registrationId, AccountPrincipal user) {
		this.access.runBy(meetingId, user, false);
		this.jdbc.sql("""
				update meeting_evaluation set quote_published_at = null, quote_published_by = null
				where registration_id = :registration and meeting_id = :meeting and quote_published_at is not null
				""").param("registration", registrationId).param("meeting", meetingId).update();
	}

}
