package nl.nvp.goedegesprek.project.advice;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Themes, coded remarks and advice of a national project for tests. The codebook and the
 * remarks belong to other parts of the project module, so they are written here with SQL,
 * as the schema (V50) has them.
 */
@TestComponent
public class AdviceFixtures {

	private final JdbcClient jdbc;

	AdviceFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A theme in the project's codebook. */
	public long theme(long projectId, String name) {
		return this.jdbc.sql("""
				insert into project_theme (trajectory_id, name, created_at, changed_at)
				values (?, ?, now(), now()) returning id""").params(projectId, name).query(Long.class).single();
	}

	/** A remark made in a dialogue, coded with this theme. */
	public long codedRemark(long projectId, long meetingId, long themeId, String text) {
		long remarkId = this.jdbc.sql("""
				insert into dialogue_remark (trajectory_id, meeting_id, kind, text, created_at, changed_at)
				values (?, ?, 'CAN_BE_BETTER', ?, now(), now()) returning id""")
			.params(projectId, meetingId, text)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into dialogue_remark_theme (remark_id, theme_id) values (?, ?)")
			.params(remarkId, themeId)
			.update();
		return remarkId;
	}

	/** An advice on a theme, resting on these dialogues. */
	public long advice(long projectId, long themeId, String title, String text, long... meetingIds) {
		long id = this.jdbc.sql("""
				insert into project_advice (trajectory_id, theme_id, title, text, created_at, changed_at)
				values (?, ?, ?, ?, now(), now()) returning id""")
			.params(projectId, themeId, title, text)
			.query(Long.class)
			.single();
		for (long meetingId : meetingIds) {
			this.jdbc.sql("insert into project_advice_dialogue (advice_id, meeting_id) values (?, ?)")
				.params(id, meetingId)
				.update();
		}
		return id;
	}

	public long version(long adviceId) {
		return this.jdbc.sql("select version from project_advice where id = ?")
			.param(adviceId)
			.query(Long.class)
			.single();
	}

}
