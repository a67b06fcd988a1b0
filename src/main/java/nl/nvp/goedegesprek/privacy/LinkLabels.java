package nl.nvp.goedegesprek.privacy;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links made for someone without an account (a table host's, a dialogue
 * facilitator's) whose label holds a person's name; the link keeps no address. For a data
 * request that gives a name: found by the name in the label; erasing takes the name out
 * of the label, and the link and what was entered with it stay. A module that keeps such
 * links names its table (columns label, created_at, expires_at) and the kind of record.
 */
public abstract class LinkLabels implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final String table;

	private final String kind;

	protected LinkLabels(JdbcClient jdbc, String table, String kind) {
		this.jdbc = jdbc;
		this.table = table;
		this.kind = kind;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalRecord> find(DataSubject subject) {
		if (!subject.hasName()) {
			return List.of();
		}
		return this.jdbc
			.sql("select label, created_at, expires_at from " + this.table + " where label ~* :pattern order by id")
			.param("pattern", subject.namePattern())
			.query((rs, n) -> PersonalRecord.of(this.kind)
				.field("label", rs.getString("label"))
				.field("createdAt", rs.getTimestamp("created_at").toInstant())
				.field("expiresAt", rs.getTimestamp("expires_at").toInstant())
				.build())
			.list();
	}

	@Override
	@Transactional
	public int erase(DataSubject subject) {
		if (!subject.hasName()) {
			return 0;
		}
		return this.jdbc
			.sql("update " + this.table + " set label = regexp_replace(label, :pattern, '–', 'gi')"
					+ " where label ~* :pattern")
			.param("pattern", subject.namePattern())
			.update();
	}

}
