package nl.nvp.goedegesprek.project.codebook;

import java.time.LocalDate;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.support.TestClock;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dialogues of a national project with remarks, and its themes, for tests. The remarks
 * are entered with SQL (the dialogue module enters them through the facilitator's link).
 */
@TestComponent
public class CodebookFixtures {

	private final MeetingFixtures meetings;

	private final JdbcClient jdbc;

	CodebookFixtures(MeetingFixtures meetings, JdbcClient jdbc) {
		this.meetings = meetings;
		this.jdbc = jdbc;
	}

	/** A dialogue (a meeting of the project) on this many days from today. */
	public long dialogue(long projectId, String title, int daysFromToday) {
		LocalDate date = TestClock.today().plusDays(daysFromToday);
		long id = this.meetings.createDialogue(projectId, title, 8, Map.of(), date).id();
		this.jdbc.sql("update meeting set type = 'DIALOGUE_SESSION' where id = ?").params(id).update();
		return id;
	}

	/** A remark in a dialogue; a quote is made with consent. Role may be null. */
	public long remark(long projectId, long meetingId, String kind, String role, String text) {
		return this.jdbc
			.sql("""
					insert into dialogue_remark (trajectory_id, meeting_id, kind, text, speaker_role, consent, created_at, changed_at)
					values (?, ?, ?, ?, ?, ?, clock_timestamp(), clock_timestamp()) returning id""")
			.params(projectId, meetingId, kind, text, role, "QUOTE".equals(kind))
			.query(Long.class)
			.single();
	}

	public long theme(long projectId, String name) {
		return this.jdbc.sql("""
				insert into project_theme (trajectory_id, name, created_at, changed_at)
				values (?, ?, now(), now()) returning id""").params(projectId, name).query(Long.class).single();
	}

	public void code(long remarkId, long themeId) {
		this.jdbc.sql("insert into dialogue_remark_theme (remark_id, theme_id) values (?, ?)")
			.params(remarkId, themeId)
			.update();
	}

	public java.util.List<Long> themesOf(long remarkId) {
		return this.jdbc.sql("select theme_id from dialogue_remark_theme where remark_id = ? order by theme_id")
			.params(remarkId)
			.query(Long.class)
			.list();
	}

}
