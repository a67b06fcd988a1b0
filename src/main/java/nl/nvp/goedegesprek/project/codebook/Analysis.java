package nl.nvp.goedegesprek.project.codebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import nl.nvp.goedegesprek.shared.SmallGroups;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysis of a national project's dialogues by theme (decision 47). Per theme: in
 * how many dialogues it came up, by which roles, and how many remarks went well, can be
 * better, or were ideas, with its quotes by role only. So that nobody is recognised: a
 * theme of fewer than {@value SmallGroups#MIN_SIZE} dialogues shows no numbers and no
 * quotes; a count under {@value SmallGroups#MIN_SIZE} reads "fewer than 5"; a breakdown
 * whose total the other breakdown gives away is not shown when that total would reveal a
 * hidden count ({@link SmallGroups#totalHides}); quotes never say in which dialogue, when
 * or where, and are in the order of their text. Three statements however many dialogues.
 */
@Service
@Transactional(readOnly = true)
class Analysis {

	/** The kinds counted, in the order shown. */
	static final List<String> COUNTED_KINDS = List.of("GOES_WELL", "CAN_BE_BETTER", "IDEA", "QUOTE");

	@PersistenceContext
	private EntityManager entityManager;

	/** The themes: those of at least five dialogues first, most dialogues first. */
	List<ThemeAnalysis> themes(long trajectoryId) {
		List<Tuple> themes = this.entityManager.createNativeQuery("""
				select t.id as id, t.name as name, count(distinct r.meeting_id) as dialogues,
				       count(r.id) filter (where r.kind = 'GOES_WELL') as goes_well,
				       count(r.id) filter (where r.kind = 'CAN_BE_BETTER') as can_be_better,
				       count(r.id) filter (where r.kind = 'IDEA') as idea,
				       count(r.id) filter (where r.kind = 'QUOTE') as quote
				from project_theme t
				left join dialogue_remark_theme x on x.theme_id = t.id
				left join dialogue_remark r on r.id = x.remark_id
				where t.trajectory_id = :trajectory
				group by t.id, t.name""", Tuple.class).setParameter("trajectory", trajectoryId).getResultList();
		List<Tuple> roles = this.entityManager.createNativeQuery("""
				select x.theme_id as theme, coalesce(r.speaker_role, '') as role, count(*) as remarks
				from dialogue_remark r join dialogue_remark_theme x on x.remark_id = r.id
				where r.trajectory_id = :trajectory
				group by x.theme_id, coalesce(r.speaker_role, '')
				order by x.theme_id, coalesce(r.speaker_role, '')""", Tuple.class)
			.setParameter("trajectory", trajectoryId)
			.getResultList();
		List<Tuple> quotes = this.entityManager.createNativeQuery("""
				select x.theme_id as theme, r.speaker_role as role, r.text as text
				from dialogue_remark r join dialogue_remark_theme x on x.remark_id = r.id
				where r.trajectory_id = :trajectory and r.kind = 'QUOTE' and r.consent
				and x.theme_id in (select x2.theme_id from dialogue_remark_theme x2
				                   join dialogue_remark r2 on r2.id = x2.remark_id
				                   where r2.trajectory_id = :trajectory
				                   group by x2.theme_id
				                   having count(distinct r2.meeting_id) >= :minimum)
				order by x.theme_id, r.text, r.id""", Tuple.class)
			.setParameter("trajectory", trajectoryId)
			.setParameter("minimum", SmallGroups.MIN_SIZE)
			.getResultList();
		Map<Long, Map<String, Long>> rolesByTheme = new HashMap<>();
		for (Tuple row : roles) {
			rolesByTheme.computeIfAbsent(Codebook.number(row, "theme"), (id) -> new LinkedHashMap<>())
				.put(row.get("role", String.class), Codebook.number(row, "remarks"));
		}
		Map<Long, List<Quote>> quotesByTheme = new HashMap<>();
		for (Tuple row : quotes) {
			quotesByTheme.computeIfAbsent(Codebook.number(row, "theme"), (id) -> new ArrayList<>())
				.add(new Quote("ParticipantRole." + row.get("role", String.class), row.get("text", String.class)));
		}
		List<ThemeAnalysis> result = new ArrayList<>();
		for (Tuple row : themes) {
			long id = Codebook.number(row, "id");
			long dialogues = Codebook.number(row, "dialogues");
			Map<String, Long> kindCounts = new LinkedHashMap<>();
			kindCounts.put("GOES_WELL", Codebook.number(row, "goes_well"));
			kindCounts.put("CAN_BE_BETTER", Codebook.number(row, "can_be_better"));
			kindCounts.put("IDEA", Codebook.number(row, "idea"));
			kindCounts.put("QUOTE", Codebook.number(row, "quote"));
			result.add(analyse(id, row.get("name", String.class), dialogues, kindCounts,
					rolesByTheme.getOrDefault(id, Map.of()), quotesByTheme.getOrDefault(id, List.of())));
		}
		result.sort(Comparator.comparing(ThemeAnalysis::small)
			.thenComparing(Comparator.comparingLong(ThemeAnalysis::dialogues).reversed())
			.thenComparing((theme) -> theme.name().toLowerCase(java.util.Locale.ROOT)));
		return result;
	}

	/**
	 * One theme's figures with the rules applied.
	 * @param kinds the number of remarks per kind
	 * @param roles the number of remarks per speaker role ("" for the group), only roles
	 * that said something
	 */
	static ThemeAnalysis analyse(long id, String name, long dialogues, Map<String, Long> kinds, Map<String, Long> roles,
			List<Quote> quotes) {
		if (SmallGroups.hidden(dialogues)) {
			return new ThemeAnalysis(id, name, true, 0, List.of(), List.of(), List.of());
		}
		// The total of a theme's remarks is known to the reader (the codebook shows it),
		// and so is the number of its quotes (they are listed). A breakdown with a hidden
		// count is shown only when the hidden counts, worked out from that total, still
		// cannot be told apart (SmallGroups.totalHides); otherwise all of it reads "not
		// shown".
		Map<String, Long> withoutQuotes = new LinkedHashMap<>(kinds);
		withoutQuotes.remove("QUOTE");
		boolean showKinds = withoutQuotes.values().stream().noneMatch(SmallGroups::hidden)
				|| SmallGroups.totalHides(withoutQuotes.values());
		boolean showRoles = roles.values().stream().noneMatch(SmallGroups::hidden)
				|| SmallGroups.totalHides(roles.values());
		List<Count> kindCounts = new ArrayList<>();
		kinds.forEach(
				(kind, count) -> kindCounts.add("QUOTE".equals(kind) ? new Count("codebook.kind." + kind, count, false)
						: Count.of("codebook.kind." + kind, count, showKinds)));
		List<Count> roleCounts = new ArrayList<>();
		roles.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> roleCounts.add(
					Count.of(entry.getKey().isEmpty() ? "codebook.analysis.group" : "ParticipantRole." + entry.getKey(),
							entry.getValue(), showRoles)));
		return new ThemeAnalysis(id, name, false, dialogues, kindCounts, roleCounts, quotes);
	}

	/**
	 * A theme as analysed.
	 *
	 * @param id its id
	 * @param name its name
	 * @param small whether it came up in fewer than five dialogues (no figures shown)
	 * @param dialogues in how many dialogues it came up (0 when small)
	 * @param kinds the remarks per kind
	 * @param roles the remarks per role, most first
	 * @param quotes its quotes, by role only
	 */
	record ThemeAnalysis(long id, String name, boolean small, long dialogues, List<Count> kinds, List<Count> roles,
			List<Quote> quotes) {
	}

	/**
	 * A count as shown.
	 *
	 * @param label the message key of what is counted
	 * @param count the count, or {@code null} when it is not shown
	 * @param fewer whether it shows as "fewer than 5"
	 */
	record Count(String label, Long count, boolean fewer) {

		static Count of(String label, long count, boolean shown) {
			if (!shown) {
				return new Count(label, null, false);
			}
			return SmallGroups.hidden(count) ? new Count(label, null, true) : new Count(label, count, false);
		}

	}

	/**
	 * A quote, with who said it by role only.
	 *
	 * @param role the message key of the speaker's role
	 * @param text what they said
	 */
	record Quote(String role, String text) {
	}

}
