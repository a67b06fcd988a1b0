package nl.nvp.goedegesprek.joining.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.trajectory.TrajectoryAttention;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The national coordinator's start page: how many new requests wait for an answer, one
 * statement. Marked late when the oldest has waited longer than two weeks.
 */
@Component
class JoinRequestAttention implements TrajectoryAttention {

	static final Duration ANSWER_WITHIN = Duration.ofDays(14);

	private final JdbcClient jdbc;

	private final Clock clock;

	JoinRequestAttention(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Map<Long, List<Point>> attention(List<TrajectoryRef> trajectories, AccountPrincipal user) {
		return Map.of();
	}

	@Override
	public List<Point> general(AccountPrincipal user) {
		if (!user.isNational()) {
			return List.of();
		}
		record Waiting(long count, boolean late) {
		}
		Waiting waiting = this.jdbc.sql("""
				select count(*) as n, coalesce(min(created_at) < :late, false) as late
				from join_request where status = 'NEW'""")
			.param("late", Timestamp.from(this.clock.instant().minus(ANSWER_WITHIN)))
			.query((rs, n) -> new Waiting(rs.getLong("n"), rs.getBoolean("late")))
			.single();
		if (waiting.count() == 0) {
			return List.of();
		}
		return List.of(new Point("joinRequest.attention.new", List.of(waiting.count()), "/aanvragen?status=NEW",
				waiting.late()));
	}

}
