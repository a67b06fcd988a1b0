package nl.nvp.goedegesprek.meeting.evaluation;

import java.util.ArrayList;
import java.util.List;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingAccess;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations of a meeting for the coordinators who run its trajectory: scores, what
 * people learned, and quotes they allowed to publish (shown with their role only). Only
 * registrations that still have a place count. Also whether the participants can be asked
 * for their evaluation, or when they were.
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

	EvaluationResults(MeetingAccess access, JdbcClient jdbc, EvaluationRequests requests) {
		this.access = access;
		this.jdbc = jdbc;
		this.requests = requests;
	}

	record Quote(String text, ParticipantRole role) {
	}

	record Results(long meetingId, String title, long count, Double average, List<Long> perScore, List<String> learned,
			List<Quote> quotes, EvaluationRequests.Asking asking) {

		public long largest() {
			return Math.max(1, this.perScore.stream().mapToLong(Long::longValue).max().orElse(1));
		}

	}

	/** The evaluations of a meeting, for those who run its trajectory. */
	Results results(long meetingId, AccountPrincipal user) {
		Meeting meeting = this.access.runBy(meetingId, user, false);
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
				select e.quote, r.role from meeting_evaluation e %s
				and e.quote is not null and e.quote_consent order by e.quote
				""".formatted(WITH_PLACE))
			.param(meetingId)
			.query((rs, row) -> new Quote(rs.getString("quote"), ParticipantRole.valueOf(rs.getString("role"))))
			.list();
		return new Results(meetingId, meeting.getTitle(), count, average, perScore, learned, quotes,
				this.requests.asking(meeting));
	}

}
