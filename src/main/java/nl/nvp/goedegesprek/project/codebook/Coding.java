package nl.nvp.goedegesprek.project.codebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coding the remarks of a national project's dialogues with the themes of its codebook
 * (decision 47): only whoever runs the project, as the remarks are shown with their
 * dialogue. A remark's themes are set as a set: saving the same choice twice, or from two
 * tabs at once, gives the same rows (the primary key and "on conflict do nothing"), never
 * a duplicate. A page costs a fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
class Coding {

	/** Remarks on one page. */
	static final int PAGE_SIZE = 50;

	static final Set<String> KINDS = Set.of("GOES_WELL", "CAN_BE_BETTER", "IDEA", "QUOTE");

	private final Codebook codebook;

	@PersistenceContext
	private EntityManager entityManager;

	Coding(Codebook codebook) {
		this.codebook = codebook;
	}

	/**
	 * A page of the project's remarks, newest first, that match the filter.
	 */
	Page page(long trajectoryId, Filter filter, int page, AccountPrincipal user) {
		this.codebook.editable(trajectoryId, user);
		int number = Math.max(1, page);
		StringBuilder sql = new StringBuilder("""
				select r.id as id, r.kind as kind, r.text as text, r.speaker_role as role,
				       m.id as meeting_id, m.title as title, m.meeting_date as day
				from dialogue_remark r join meeting m on m.id = r.meeting_id
				where r.trajectory_id = :trajectory""");
		if (filter.uncoded()) {
			sql.append(" and not exists (select 1 from dialogue_remark_theme x where x.remark_id = r.id)");
		}
		if (filter.theme() != null) {
			sql.append(
					" and exists (select 1 from dialogue_remark_theme x where x.remark_id = r.id and x.theme_id = :theme)");
		}
		if (filter.dialogue() != null) {
			sql.append(" and r.meeting_id = :meeting");
		}
		if (filter.kind() != null) {
			sql.append(" and r.kind = :kind");
		}
		sql.append(" order by r.created_at desc, r.id desc limit :limit offset :offset");
		Query query = this.entityManager.createNativeQuery(sql.toString(), Tuple.class)
			.setParameter("trajectory", trajectoryId)
			.setParameter("limit", PAGE_SIZE + 1)
			.setParameter("offset", (long) (number - 1) * PAGE_SIZE);
		if (filter.theme() != null) {
			query.setParameter("theme", filter.theme());
		}
		if (filter.dialogue() != null) {
			query.setParameter("meeting", filter.dialogue());
		}
		if (filter.kind() != null) {
			query.setParameter("kind", filter.kind());
		}
		@SuppressWarnings("unchecked")
		List<Tuple> rows = query.getResultList();
		boolean more = rows.size() > PAGE_SIZE;
		List<Tuple> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
		Map<Long, Set<Long>> coded = codes(shown.stream().map((row) -> Codebook.number(row, "id")).toList());
		List<Remark> remarks = new ArrayList<>();
		for (Tuple row : shown) {
			long id = Codebook.number(row, "id");
			remarks.add(new Remark(id, row.get("kind", String.class), row.get("text", String.class),
					row.get("role", String.class), Codebook.number(row, "meeting_id"), row.get("title", String.class),
					date(row.get("day")), coded.getOrDefault(id, Set.of())));
		}
		return new Page(remarks, number, more);
	}

	/** One remark of the project with its themes (the row htmx swaps in). */
	Remark remark(long trajectoryId, long remarkId, AccountPrincipal user) {
		this.codebook.editable(trajectoryId, user);
		List<Tuple> rows = this.entityManager.createNativeQuery("""
				select r.id as id, r.kind as kind, r.text as text, r.speaker_role as role,
				       m.id as meeting_id, m.title as title, m.meeting_date as day
				from dialogue_remark r join meeting m on m.id = r.meeting_id
				where r.trajectory_id = :trajectory and r.id = :remark""", Tuple.class)
			.setParameter("trajectory", trajectoryId)
			.setParameter("remark", remarkId)
			.getResultList();
		Tuple row = rows.stream().findFirst().orElseThrow(NotFoundException::new);
		return new Remark(remarkId, row.get("kind", String.class), row.get("text", String.class),
				row.get("role", String.class), Codebook.number(row, "meeting_id"), row.get("title", String.class),
				date(row.get("day")), codes(List.of(remarkId)).getOrDefault(remarkId, Set.of()));
	}

	/** The project's dialogues that have remarks, soonest first: one statement. */
	List<Dialogue> dialogues(long trajectoryId) {
		List<Tuple> rows = this.entityManager.createNativeQuery("""
				select m.id as id, m.title as title, m.meeting_date as day from meeting m
				where m.trajectory_id = :trajectory
				and exists (select 1 from dialogue_remark r where r.meeting_id = m.id)
				order by m.meeting_date, m.id""", Tuple.class).setParameter("trajectory", trajectoryId).getResultList();
		return rows.stream()
			.map((row) -> new Dialogue(Codebook.number(row, "id"), row.get("title", String.class),
					date(row.get("day"))))
			.toList();
	}

	/**
	 * Sets a remark's themes to these (themes of another project are left out): the same
	 * choice sent twice, or at once from two tabs, ends the same.
	 */
	@Transactional
	void code(long trajectoryId, long remarkId, Set<Long> themeIds, AccountPrincipal user) {
		this.codebook.editable(trajectoryId, user);
		// The remark's row is locked until the end, so that two coordinators coding it at
		// once take turns; the last one's choice stands.
		List<?> found = this.entityManager.createNativeQuery(
				"select r.id from dialogue_remark r where r.id = :remark and r.trajectory_id = :trajectory for update")
			.setParameter("remark", remarkId)
			.setParameter("trajectory", trajectoryId)
			.getResultList();
		if (found.isEmpty()) {
			throw new NotFoundException();
		}
		// A blank choice (no theme) is no theme.
		List<Long> chosen = themeIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (chosen.isEmpty()) {
			this.entityManager.createNativeQuery("delete from dialogue_remark_theme where remark_id = :remark")
				.setParameter("remark", remarkId)
				.executeUpdate();
			return;
		}
		this.entityManager
			.createNativeQuery(
					"delete from dialogue_remark_theme where remark_id = :remark and theme_id not in (:themes)")
			.setParameter("remark", remarkId)
			.setParameter("themes", chosen)
			.executeUpdate();
		this.entityManager.createNativeQuery("""
				insert into dialogue_remark_theme (remark_id, theme_id)
				select :remark, t.id from project_theme t
				where t.trajectory_id = :trajectory and t.id in (:themes)
				order by t.id
				on conflict do nothing""")
			.setParameter("remark", remarkId)
			.setParameter("trajectory", trajectoryId)
			.setParameter("themes", chosen)
			.executeUpdate();
	}

	private Map<Long, Set<Long>> codes(List<Long> remarkIds) {
		Map<Long, Set<Long>> coded = new HashMap<>();
		if (remarkIds.isEmpty()) {
			return coded;
		}
		List<Tuple> rows = this.entityManager.createNativeQuery(
				"select remark_id as remark, theme_id as theme from dialogue_remark_theme where remark_id in (:remarks)",
				Tuple.class)
			.setParameter("remarks", remarkIds)
			.getResultList();
		for (Tuple row : rows) {
			coded.computeIfAbsent(Codebook.number(row, "remark"), (id) -> new LinkedHashSet<>())
				.add(Codebook.number(row, "theme"));
		}
		return coded;
	}

	private static LocalDate date(Object value) {
		if (value instanceof java.sql.Date sqlDate) {
			return sqlDate.toLocalDate();
		}
		return (LocalDate) value;
	}

	/**
	 * What the remarks are filtered by; each part may be left out.
	 *
	 * @param uncoded only remarks without a theme
	 * @param theme only remarks coded with this theme
	 * @param dialogue only remarks of this dialogue (meeting)
	 * @param kind only remarks of this kind
	 */
	record Filter(boolean uncoded, Long theme, Long dialogue, String kind) {

		Filter {
			if (kind != null && !KINDS.contains(kind)) {
				kind = null;
			}
		}

		/** The query string of the coding page with this filter, on this page. */
		String query(int page) {
			StringBuilder query = new StringBuilder("?page=").append(page);
			if (this.uncoded) {
				query.append("&filter=uncoded");
			}
			if (this.theme != null) {
				query.append("&theme=").append(this.theme);
			}
			if (this.dialogue != null) {
				query.append("&dialogue=").append(this.dialogue);
			}
			if (this.kind != null) {
				query.append("&kind=").append(this.kind);
			}
			return query.toString();
		}

		/** The query string of the same filter on another page. */
		public String pageQuery(int page) {
			return query(page);
		}

	}

	/**
	 * A page of remarks.
	 *
	 * @param remarks the remarks, newest first
	 * @param number the page's number, from 1
	 * @param more whether there is a next page
	 */
	record Page(List<Remark> remarks, int number, boolean more) {
	}

	/**
	 * A remark to code.
	 *
	 * @param id its id
	 * @param kind what kind of remark (GOES_WELL, CAN_BE_BETTER, IDEA, QUOTE)
	 * @param text what was said
	 * @param role the speaker's role, or {@code null} (the group)
	 * @param dialogueId its dialogue
	 * @param dialogueTitle the dialogue's title
	 * @param dialogueDate the dialogue's day
	 * @param themes the ids of its themes
	 */
	record Remark(long id, String kind, String text, String role, long dialogueId, String dialogueTitle,
			LocalDate dialogueDate, Set<Long> themes) {
	}

	/**
	 * A dialogue to filter by.
	 *
	 * @param id the meeting's id
	 * @param title its title
	 * @param date its day
	 */
	record Dialogue(long id, String title, LocalDate date) {
	}

}
