package nl.nvp.goedegesprek.output.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import nl.nvp.goedegesprek.output.editing.OutputKind;
import nl.nvp.goedegesprek.output.editing.Output;
import nl.nvp.goedegesprek.output.editing.OutputRepository;
import nl.nvp.goedegesprek.overview.TopicChoices;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.PublicTrajectory;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of the outputs: only published ones, with the title and region of
 * their trajectory and the topics it chose. Each page costs a fixed number of statements
 * however many outputs and trajectories there are (the national page four, a trajectory's
 * page three, the feed two).
 */
@Service
@Transactional(readOnly = true)
public class PublicOutputs {

	/** The national page shows at most this many (the newest). */
	static final int PAGE_SIZE = 100;

	private final OutputRepository outputs;

	private final Trajectories trajectories;

	private final TopicChoices topics;

	private final Regions regions;

	PublicOutputs(OutputRepository outputs, Trajectories trajectories, TopicChoices topics, Regions regions) {
		this.outputs = outputs;
		this.trajectories = trajectories;
		this.topics = topics;
		this.regions = regions;
	}

	/**
	 * A published output as the public sees it.
	 *
	 * @param id the output
	 * @param kind what it is
	 * @param title its title
	 * @param summary its summary
	 * @param date its date
	 * @param link the page it points to, or {@code null} when it holds a file
	 * @param fileType the file's media type, or {@code null}
	 * @param fileSize the file's size in bytes, or {@code null}
	 * @param publishedAt when it was published
	 * @param changedAt when it last changed
	 * @param trajectoryId its trajectory
	 * @param trajectoryTitle the trajectory's title
	 * @param regionName the trajectory's region
	 */
	public record Item(long id, OutputKind kind, String title, String summary, LocalDate date, String link,
			String fileType, Long fileSize, Instant publishedAt, Instant changedAt, long trajectoryId,
			String trajectoryTitle, String regionName) {

		public boolean audio() {
			return this.fileType != null && this.fileType.startsWith("audio/");
		}

	}

	/** A choice in a filter: its value and what it says. */
	public record Option(String value, String label) {
	}

	/**
	 * What the national page filters on: a kind, a region (CBS code), a topic (id); each
	 * may be absent. Unknown values count as absent.
	 */
	public record Filter(OutputKind kind, String region, Long topic) {

		static Filter of(String kind, String region, String topic) {
			OutputKind parsedKind = null;
			for (OutputKind candidate : OutputKind.values()) {
				if (candidate.name().equals(kind)) {
					parsedKind = candidate;
				}
			}
			Long parsedTopic = null;
			if (topic != null && topic.matches("\\d{1,18}")) {
				parsedTopic = Long.valueOf(topic);
			}
			String parsedRegion = (region != null && region.matches("[A-Z]{2}\\d{2}")) ? region : null;
			return new Filter(parsedKind, parsedRegion, parsedTopic);
		}

		public boolean any() {
			return this.kind != null || this.region != null || this.topic != null;
		}

	}

	/**
	 * The national page.
	 *
	 * @param items the outputs that match, newest first (at most {@value #PAGE_SIZE})
	 * @param more whether more match than are shown
	 * @param regions the regions that have published outputs, by name
	 * @param topics the topics chosen by trajectories with published outputs, by name
	 * @param filter what was asked for
	 * @param anyPublished whether anything is published at all
	 */
	public record National(List<Item> items, boolean more, List<Option> regions, List<Option> topics, Filter filter,
			boolean anyPublished) {
	}

	National national(Filter filter) {
		List<Long> withPublished = this.outputs.findTrajectoriesWithPublished();
		if (withPublished.isEmpty()) {
			return new National(List.of(), false, List.of(), List.of(), filter, false);
		}
		Map<Long, PublicTrajectory> summaries = this.trajectories.publicSummaries(withPublished);
		Map<String, String> regionNames = this.regions.namesByCode();
		Map<Long, Set<Long>> topicsByTrajectory = new TreeMap<>();
		Map<Long, String> topicNames = new TreeMap<>();
		for (TopicChoices.Choice choice : this.topics.chosen(withPublished)) {
			topicsByTrajectory.computeIfAbsent(choice.trajectoryId(), (id) -> new HashSet<>()).add(choice.topicId());
			topicNames.put(choice.topicId(), choice.name());
		}
		List<Long> matching = new ArrayList<>();
		for (Long id : withPublished) {
			PublicTrajectory trajectory = summaries.get(id);
			boolean inRegion = filter.region() == null
					|| (trajectory != null && filter.region().equals(trajectory.regionCode()));
			boolean onTopic = filter.topic() == null
					|| topicsByTrajectory.getOrDefault(id, Set.of()).contains(filter.topic());
			if (inRegion && onTopic) {
				matching.add(id);
			}
		}
		List<Item> items = List.of();
		boolean more = false;
		if (!matching.isEmpty()) {
			Limit limit = Limit.of(PAGE_SIZE + 1);
			List<Output> found = (filter.kind() != null) ? this.outputs.findPublished(matching, filter.kind(), limit)
					: this.outputs.findPublished(matching, limit);
			more = found.size() > PAGE_SIZE;
			items = items(found.subList(0, Math.min(found.size(), PAGE_SIZE)), summaries, regionNames);
		}
		List<Option> regionOptions = summaries.values()
			.stream()
			.map(PublicTrajectory::regionCode)
			// A national project has no region (decision 45).
			.filter(Objects::nonNull)
			.distinct()
			.map((code) -> new Option(code, regionNames.getOrDefault(code, code)))
			.sorted(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<Option> topicOptions = topicNames.entrySet()
			.stream()
			.map((entry) -> new Option(entry.getKey().toString(), entry.getValue()))
			.sorted(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new National(items, more, regionOptions, topicOptions, filter, true);
	}

	/**
	 * A trajectory's public page.
	 *
	 * @param trajectory its title and region
	 * @param regionName its region's name
	 * @param topics the topics it chose, by name
	 * @param items its published outputs, newest first
	 */
	public record TrajectoryOutputs(PublicTrajectory trajectory, String regionName, List<String> topics,
			List<Item> items) {
	}

	/** A trajectory's published outputs; not found when it has none. */
	TrajectoryOutputs ofTrajectory(long trajectoryId) {
		List<Output> found = this.outputs.findAllPublished(List.of(trajectoryId));
		if (found.isEmpty()) {
			throw new NotFoundException();
		}
		Map<Long, PublicTrajectory> summaries = this.trajectories.publicSummaries(List.of(trajectoryId));
		Map<String, String> regionNames = this.regions.namesByCode();
		PublicTrajectory trajectory = summaries.get(trajectoryId);
		List<String> topicNames = this.topics.chosen(List.of(trajectoryId))
			.stream()
			.map(TopicChoices.Choice::name)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
		return new TrajectoryOutputs(trajectory, regionName(regionNames, trajectory.regionCode(), ""), topicNames,
				items(found, summaries, regionNames));
	}

	/** The newest published outputs, for the feed. */
	List<Item> newest(int count) {
		List<Output> found = this.outputs.findNewestPublished(Limit.of(count));
		Map<Long, PublicTrajectory> summaries = this.trajectories
			.publicSummaries(found.stream().map(Output::getTrajectoryId).distinct().toList());
		return items(found, summaries, this.regions.namesByCode());
	}

	/**
	 * The published outputs of these trajectories (for a region's page), by trajectory.
	 */
	Map<Long, List<Item>> ofTrajectories(List<Long> trajectoryIds, Map<Long, String> titles) {
		Map<Long, List<Item>> items = new TreeMap<>();
		if (trajectoryIds.isEmpty()) {
			return items;
		}
		for (Output output : this.outputs.findAllPublished(trajectoryIds)) {
			items.computeIfAbsent(output.getTrajectoryId(), (id) -> new ArrayList<>())
				.add(item(output, titles.get(output.getTrajectoryId()), null));
		}
		return items;
	}

	private static List<Item> items(List<Output> found, Map<Long, PublicTrajectory> summaries,
			Map<String, String> regionNames) {
		return found.stream().map((output) -> {
			PublicTrajectory trajectory = summaries.get(output.getTrajectoryId());
			return item(output, (trajectory != null) ? trajectory.title() : null,
					(trajectory != null) ? regionName(regionNames, trajectory.regionCode(), null) : null);
		}).toList();
	}

	/** A region's name; the fallback for a national project, which has no region. */
	private static String regionName(Map<String, String> names, String code, String fallback) {
		return (code != null) ? names.getOrDefault(code, fallback) : fallback;
	}

	private static Item item(Output output, String trajectoryTitle, String regionName) {
		return new Item(output.getId(), output.getKind(), output.getTitle(), output.getSummary(),
				output.getOutputDate(), output.getLink(), output.getFileType(), output.getFileSize(),
				output.getPublishedAt(), output.getChangedAt(), output.getTrajectoryId(), trajectoryTitle, regionName);
	}

}
