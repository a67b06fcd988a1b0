package nl.nvp.goedegesprek.overview;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.trajectory.RegionTrajectories;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recurring topics (issue 16): per topic, the regions and years of the trajectories
 * that chose it, with the ideas and actions on it; a topic chosen in two or more regions
 * is a candidate for a national action. Everyone sees the trajectories they may see
 * (decision 40): national coordinators all, others those of their own regions (and a
 * regional coordinator those assigned to them), so the counts and the candidates are
 * those of what they see. A fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
class RecurringTopics {

	/** From how many regions on a topic is a candidate for a national action. */
	static final int CANDIDATE_REGIONS = 2;

	private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl"));

	private final Regions regions;

	private final RegionTrajectories trajectories;

	private final TopicChoices choices;

	private final TopicActions actions;

	RecurringTopics(Regions regions, RegionTrajectories trajectories, TopicChoices choices, TopicActions actions) {
		this.regions = regions;
		this.trajectories = trajectories;
		this.choices = choices;
		this.actions = actions;
	}

	TopicsPage page(AccountPrincipal user) {
		Map<Long, RegionTrajectories.Dated> dated = new LinkedHashMap<>();
		for (RegionTrajectories.Dated trajectory : this.trajectories.dated(user)) {
			// Topics are chosen in regions; a national project has themes of its own.
			if (trajectory.regionCode() != null) {
				dated.put(trajectory.id(), trajectory);
			}
		}
		boolean national = user.isNational();
		String listHref = national ? this.actions.listHref() : null;
		if (dated.isEmpty()) {
			return new TopicsPage(List.of(), national, listHref);
		}
		Map<String, String> names = this.regions.namesByCode();
		Map<Long, Builder> topics = new LinkedHashMap<>();
		for (TopicChoices.Choice choice : this.choices.chosen(dated.keySet())) {
			RegionTrajectories.Dated trajectory = dated.get(choice.trajectoryId());
			Builder topic = topics.computeIfAbsent(choice.topicId(),
					(id) -> new Builder(choice.name(), choice.catalogue()));
			topic.region(trajectory.regionCode()).add(trajectory.year(), choice.ideas(), 0);
			topic.trajectories.add(choice.trajectoryId());
		}
		for (TopicActions.Count count : this.actions.counts(dated.keySet())) {
			Builder topic = topics.get(count.topicId());
			if (topic == null || !topic.trajectories.contains(count.trajectoryId())) {
				// An action on a topic its trajectory no longer chose: not on this page.
				continue;
			}
			topic.region(dated.get(count.trajectoryId()).regionCode()).add(null, 0, count.actions());
			if (count.national() != null) {
				topic.national.add(count.national());
			}
		}
		List<TopicRow> rows = new ArrayList<>();
		topics.forEach((id, topic) -> rows.add(topic.row(id, names, national ? this.actions : null)));
		rows.sort(Comparator.comparing(TopicRow::candidate)
			.reversed()
			.thenComparing(Comparator.comparingInt((TopicRow row) -> row.regions().size()).reversed())
			.thenComparing(TopicRow::name, DUTCH));
		return new TopicsPage(rows, national, listHref);
	}

	private static final class Builder {

		private final String name;

		private final boolean catalogue;

		private final Set<Long> trajectories = new LinkedHashSet<>();

		private final Map<String, RegionBuilder> regions = new TreeMap<>();

		private final Set<TopicActions.NationalLink> national = new LinkedHashSet<>();

		Builder(String name, boolean catalogue) {
			this.name = name;
			this.catalogue = catalogue;
		}

		RegionBuilder region(String code) {
			return this.regions.computeIfAbsent(code, (key) -> new RegionBuilder());
		}

		TopicRow row(long id, Map<String, String> names, TopicActions actions) {
			List<RegionCell> cells = new ArrayList<>();
			this.regions.forEach((code, region) -> cells.add(new RegionCell(code, names.getOrDefault(code, code),
					List.copyOf(region.years), region.ideas, region.actions)));
			cells.sort(Comparator.comparing(RegionCell::name, DUTCH));
			long ideas = cells.stream().mapToLong(RegionCell::ideas).sum();
			long actionCount = cells.stream().mapToLong(RegionCell::actions).sum();
			boolean candidate = cells.size() >= CANDIDATE_REGIONS;
			return new TopicRow(id, this.name, this.catalogue, cells, ideas, actionCount, candidate,
					List.copyOf(this.national), (candidate && actions != null) ? actions.createHref(this.name) : null);
		}

	}

	private static final class RegionBuilder {

		private final Set<Integer> years = new TreeSet<>();

		private long ideas;

		private long actions;

		void add(Integer year, long moreIdeas, long moreActions) {
			if (year != null) {
				this.years.add(year);
			}
			this.ideas += moreIdeas;
			this.actions += moreActions;
		}

	}

	/**
	 * The page.
	 *
	 * @param topics the topics chosen, candidates first, then by how many regions chose
	 * them, then by name
	 * @param national whether the viewer is a national coordinator (who makes and links
	 * national actions)
	 * @param listHref the national actions' list, for national coordinators, else
	 * {@code null}
	 */
	record TopicsPage(List<TopicRow> topics, boolean national, String listHref) {

		public long candidates() {
			return this.topics.stream().filter(TopicRow::candidate).count();
		}

	}

	/**
	 * A topic.
	 *
	 * @param id the topic's id
	 * @param name its name
	 * @param catalogue whether it is in the national topic list
	 * @param regions the regions that chose it, by name
	 * @param ideas the ideas on it, in all these regions
	 * @param actions the improvement actions on it, in all these regions
	 * @param candidate whether two or more regions chose it
	 * @param nationalActions the national actions its actions feed
	 * @param createHref where to make a national action for it (national coordinators,
	 * candidates only), else {@code null}
	 */
	record TopicRow(long id, String name, boolean catalogue, List<RegionCell> regions, long ideas, long actions,
			boolean candidate, List<TopicActions.NationalLink> nationalActions, String createHref) {
	}

	/**
	 * A region that chose a topic.
	 *
	 * @param code its CBS code
	 * @param name its name
	 * @param years the years of its trajectories that chose the topic (those with one)
	 * @param ideas the ideas on the topic there
	 * @param actions the actions on the topic there
	 */
	record RegionCell(String code, String name, List<Integer> years, long ideas, long actions) {

		public String yearsText() {
			return String.join(", ", this.years.stream().map(String::valueOf).toList());
		}

	}

}
