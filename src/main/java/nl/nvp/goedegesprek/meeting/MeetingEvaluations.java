package nl.nvp.goedegesprek.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants' evaluations of a meeting, given through their personal link once the
 * meeting has taken place (one each, which they may change), and the results per meeting
 * for its coordinators: scores, what people learned, and quotes they allowed to publish
 * (shown with their role only).
 */
@Service
@Transactional(readOnly = true)
class MeetingEvaluations {

	private final RegistrationLinkRepository links;

	private final MeetingPlanning planning;

	private final JdbcClient jdbc;

	private final Clock clock;

	MeetingEvaluations(RegistrationLinkRepository links, MeetingPlanning planning, JdbcClient jdbc, Clock clock) {
		this.links = links;
		this.planning = planning;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Target(long registrationId, long meetingId, String meetingTitle) {
	}

	/**
	 * The registration behind this link, if it had a place and the meeting took place.
	 */
	Target target(String token) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		Registration registration = this.links.findByTokenHash(new SecretToken(token).hash())
			.filter((link) -> link.isValid(this.clock.instant(), this.clock.getZone()))
			.map(RegistrationLink::getRegistration)
			.orElseThrow(NotFoundException::new);
		Meeting meeting = registration.getMeeting();
		if (registration.getStatus() != RegistrationStatus.CONFIRMED
				|| meeting.getDate().isAfter(LocalDate.now(this.clock))) {
			throw new NotFoundException();
		}
		return new Target(registration.getId(), meeting.getId(), meeting.getTitle());
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

	@Transactional
	void save(String token, EvaluationForm form) {
		Target target = target(token);
		this.jdbc
			.sql("""
					insert into meeting_evaluation (registration_id, meeting_id, score, learned, quote, quote_consent, submitted_on)
					values (:registration, :meeting, :score, :learned, :quote, :consent, :day)
					on conflict (registration_id) do update set score = excluded.score, learned = excluded.learned,
					  quote = excluded.quote, quote_consent = excluded.quote_consent, submitted_on = excluded.submitted_on
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

	record Quote(String text, ParticipantRole role) {
	}

	record Results(long meetingId, String title, long count, Double average, List<Long> perScore, List<String> learned,
			List<Quote> quotes) {

		public long largest() {
			return Math.max(1, this.perScore.stream().mapToLong(Long::longValue).max().orElse(1));
		}

	}

	/** The evaluations of a meeting, for those who run its trajectory. */
	Results results(long meetingId, AccountPrincipal user) {
		Meeting meeting = this.planning.runBy(meetingId, user, false);
		List<Long> perScore = new java.util.ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
		this.jdbc.sql("select score, count(*) as n from meeting_evaluation where meeting_id = ? group by score")
			.param(meetingId)
			.query((rs, row) -> perScore.set(rs.getInt("score") - 1, rs.getLong("n")))
			.list();
		long count = perScore.stream().mapToLong(Long::longValue).sum();
		Double average = null;
		if (count > 0) {
			long sum = 0;
			for (int i = 0; i < 5; i++) {
				sum += (i + 1) * perScore.get(i);
			}
			average = Math.round(sum * 10.0 / count) / 10.0;
		}
		List<String> learned = this.jdbc
			.sql("select learned from meeting_evaluation where meeting_id = ? and learned is not null order by learned")
			.param(meetingId)
			.query(String.class)
			.list();
		List<Quote> quotes = this.jdbc.sql("""
				select e.quote, r.role from meeting_evaluation e join registration r on r.id = e.registration_id
				where e.meeting_id = ? and e.quote is not null and e.quote_consent order by e.quote
				""")
			.param(meetingId)
			.query((rs, row) -> new Quote(rs.getString("quote"), ParticipantRole.valueOf(rs.getString("role"))))
			.list();
		return new Results(meetingId, meeting.getTitle(), count, average, perScore, learned, quotes);
	}

}
