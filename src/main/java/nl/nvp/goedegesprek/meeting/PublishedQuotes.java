package nl.nvp.goedegesprek.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotes of participants that coordinators chose to publish, for the public pages of
 * other modules. Only quotes whose author still has a place at a meeting that was not
 * cancelled; a quote the participant changed or took back is not published (decision 43).
 * Newest meeting first. One statement each.
 */
@Service
@Transactional(readOnly = true)
public class PublishedQuotes {

	private static final String SELECT = """
			select e.quote, r.role, m.trajectory_id, m.meeting_date from meeting_evaluation e
			join registration r on r.id = e.registration_id and r.status = 'CONFIRMED'
			join meeting m on m.id = e.meeting_id and not m.cancelled
			where e.quote_published_at is not null
			""";

	private static final String ORDER = " order by m.meeting_date desc, e.quote_published_at desc, e.registration_id";

	private final JdbcClient jdbc;

	PublishedQuotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The published quotes of one trajectory's meetings. */
	public List<PublishedQuote> forTrajectory(long trajectoryId) {
		return forTrajectories(List.of(trajectoryId));
	}

	/** The published quotes of these trajectories' meetings. */
	public List<PublishedQuote> forTrajectories(Collection<Long> trajectoryIds) {
		if (trajectoryIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " and m.trajectory_id in (:ids)" + ORDER)
			.param("ids", trajectoryIds)
			.query(PublishedQuotes::quote)
			.list();
	}

	/** The most recently published quotes, of every trajectory. */
	public List<PublishedQuote> recent(int limit) {
		return this.jdbc.sql(SELECT + " order by e.quote_published_at desc, e.registration_id desc limit :limit")
			.param("limit", Math.max(0, limit))
			.query(PublishedQuotes::quote)
			.list();
	}

	private static PublishedQuote quote(ResultSet rs, int row) throws SQLException {
		return new PublishedQuote(rs.getString("quote"), ParticipantRole.valueOf(rs.getString("role")),
				rs.getLong("trajectory_id"), rs.getDate("meeting_date").toLocalDate());
	}

}
