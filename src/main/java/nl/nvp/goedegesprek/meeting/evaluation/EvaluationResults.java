package nl.nvp.goedegesprek.meeting.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.PublishedQuote;
import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingAccess;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations of a meeting for the coordinators who run its trajectory: scores, what
 * people learned, and quotes they allowed to publish (shown with their role only), each
 * with whether it is published on the public pages. Only registrations that still have a
 * place count. Also whether the participants can be asked for their evaluation, or when
 * they were.
 */
@Service
@Transactional(readOnly = true)
class EvaluationResults {

	/**
	 * Only evaluations of registrations that have a place now count: one cancelled
	 * afterwards no longer speaks for the meeting.
	 */
	private static final String WITH_PLACE = "join registration r on r.id = e.registration_id and r.status = 'CONFIRMED' where e.meeting_id = ?";

	private final MeetingAccess access;

	private final JdbcClient jdbc;

	private final EvaluationRequests requests;

	private final MeetingRepository meetings;

	EvaluationResults(MeetingRepository meetings, MeetingAccess access, JdbcClient jdbc, EvaluationRequests requests) {
		this.meetings = meetings;
		this.access = access;
		this.jdbc = jdbc;
		this.requests = requests;
	}

	/**
	 * A quote given with consent.
	 *
	 * @param id its evaluation (the registration's id), to publish it
	 * @param text the quote
	 * @param role who said it
	 * @param seen the hash of the text as shown, sent back when publishing it
	 * @param publishedAt when it was published, or null
	 */
	record Quote(long id, String text, ParticipantRole role, String seen, Instant publishedAt) {

		public boolean published() {
			return this.publishedAt != null;
		}

	}

	/**
	 * @param editable whether this person may publish quotes (the trajectory is open and
	 * theirs)
	 */
	record Results(long meetingId, String title, long trajectoryId, LocalDate date, long count, Double average,
			List<Long> perScore, List<String> learned, List<Quote> quotes, EvaluationRequests.Asking asking,
			boolean editable) {

		public long largest() {
			return Math.max(1, this.perScore.stream().mapToLong(Long::longValue).max().orElse(1));
		}

		/** The published quotes as the public pages show them. */
		public List<PublishedQuote> published() {
			return this.quotes.stream()
				.filter(Quote::published)
				.map((q) -> new PublishedQuote(q.text(), q.role(), this.trajectoryId, this.date))
				.toList();
		}

	}

	/** The evaluations of a meeting, for those who run its trajectory. */
	Results results(long meetingId, AccountPrincipal user) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		// Only who runs the trajectory; who may change it also publishes quotes.
		boolean editable = this.access.trajectoryOf(meeting, user).editable();
		List<Long> perScore = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
		this.jdbc.sql("select e.score, count(*) as n from meeting_evaluation e " + WITH_PLACE + " group by e.score")
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
			.sql("select e.learned from meeting_evaluation e " + WITH_PLACE
					+ " and e.learned is not null order by e.learned")
			.param(meetingId)
			.query(String.class)
			.list();
		List<Quote> quotes = this.jdbc.sql("""
				select e.registration_id, e.quote, md5(e.quote) as seen, e.quote_published_at, r.role
				from meeting_evaluation e %s
				and e.quote is not null and e.quote_consent order by e.quote, e.registration_id
				""".formatted(WITH_PLACE)).param(meetingId).query((rs, row) -> {
			Timestamp publishedAt = rs.getTimestamp("quote_published_at");
			return new Quote(rs.getLong("registration_id"), rs.getString("quote"),
					ParticipantRole.valueOf(rs.getString("role")), rs.getString("seen"),
					(publishedAt != null) ? publishedAt.toInstant() : null);
		}).list();
		return new Results(meetingId, meeting.getTitle(), meeting.getTrajectoryId(), meeting.getDate(), count, average,
				perScore, learned, quotes, this.requests.asking(meeting), editable);
	}

}
