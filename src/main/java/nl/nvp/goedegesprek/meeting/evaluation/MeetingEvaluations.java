package nl.nvp.goedegesprek.meeting.evaluation;

import java.time.Clock;
import java.time.LocalDate;

import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.registration.PersonalLinks;
import nl.nvp.goedegesprek.meeting.registration.Registration;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants' evaluations of a meeting, given through their personal link once the
 * meeting has taken place: one each, which they may change.
 */
@Service
@Transactional(readOnly = true)
class MeetingEvaluations {

	private final PersonalLinks links;

	private final JdbcClient jdbc;

	private final Clock clock;

	MeetingEvaluations(PersonalLinks links, JdbcClient jdbc, Clock clock) {
		this.links = links;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param linkWorksUntil the last day the personal link works (the day after the
	 * meeting), until which the participant can change or take back their quote here
	 */
	record Target(long registrationId, long meetingId, String meetingTitle, boolean child, LocalDate linkWorksUntil) {
	}

	/**
	 * The registration behind this link, if it has a place and the meeting has started
	 * (people evaluate at its end or afterwards).
	 */
	Target target(String token) {
		Registration registration = this.links.registration(token);
		Meeting meeting = registration.getMeeting();
		if (registration.getStatus() != RegistrationStatus.CONFIRMED || meeting.isCancelled()
				|| !meeting.hasStarted(this.clock)) {
			throw new NotFoundException();
		}
		return new Target(registration.getId(), meeting.getId(), meeting.getTitle(), registration.getRole().isChild(),
				meeting.getDate().plusDays(1));
	}

	EvaluationForm form(String token) {
		Target target = target(token);
		EvaluationForm form = new EvaluationForm();
		this.jdbc.sql("select score, learned, quote, quote_consent from meeting_evaluation where registration_id = ?")
			.param(target.registrationId())
			.query((rs, row) -> {
				form.setScore(rs.getInt("score"));
				form.setLearned(rs.getString("learned"));
				form.setQuote(rs.getString("quote"));
				form.setQuoteConsent(rs.getBoolean("quote_consent"));
				return form;
			})
			.optional();
		return form;
	}

	/**
	 * The participant's quote as it stands, for their page.
	 *
	 * @param text the quote they gave with consent, or null
	 * @param published whether it is on the public pages
	 */
	record QuoteState(String text, boolean published) {

	}

	QuoteState quote(long registrationId) {
		return this.jdbc.sql("""
				select quote, quote_published_at is not null as published from meeting_evaluation
				where registration_id = ? and quote is not null and quote_consent
				""")
			.param(registrationId)
			.query((rs, row) -> new QuoteState(rs.getString("quote"), rs.getBoolean("published")))
			.optional()
			.orElse(new QuoteState(null, false));
	}

	/**
	 * The participant takes their quote back: its text and their consent are removed (not
	 * hidden), so it is gone from every page. The rest of the evaluation stays.
	 */
	@Transactional
	void withdrawQuote(String token) {
		Target target = target(token);
		this.jdbc.sql("""
				update meeting_evaluation set quote = null, quote_consent = false,
				  quote_published_at = null, quote_published_by = null
				where registration_id = ?
				""").param(target.registrationId()).update();
	}

	/**
	 * Saves the evaluation. A quote whose text changes (or that is removed) is no longer
	 * published: a coordinator chooses it again after reading it (decision 43).
	 */
	@Transactional
	void save(String token, EvaluationForm form) {
		Target target = target(token);
		this.jdbc
			.sql("""
					insert into meeting_evaluation (registration_id, meeting_id, score, learned, quote, quote_consent, submitted_on)
					values (:registration, :meeting, :score, :learned, :quote, :consent, :day)
					on conflict (registration_id) do update set score = excluded.score, learned = excluded.learned,
					  quote = excluded.quote, quote_consent = excluded.quote_consent, submitted_on = excluded.submitted_on,
					  quote_published_at = case when meeting_evaluation.quote = excluded.quote and excluded.quote_consent
					    then meeting_evaluation.quote_published_at end,
					  quote_published_by = case when meeting_evaluation.quote = excluded.quote and excluded.quote_consent
					    then meeting_evaluation.quote_published_by end
					""")
			.param("registration", target.registrationId())
			.param("meeting", target.meetingId())
			.param("score", form.getScore())
			.param("learned", form.getLearned())
			.param("quote", form.isQuoteConsent() ? form.getQuote() : null)
			.param("consent", form.isQuoteConsent() && form.getQuote() != null)
			.param("day", LocalDate.now(this.clock))
			.update();
	}

}
